"""Synthetic benchmark corpus: wire-style political-event articles from templates.

`generate_corpus` yields JSONL-ready article dicts (``id``, ``title``, ``text``,
``published``, ``source``) of 300-800 words each. Every text is assembled from
templates written for eventwire: real countries and places, invented people
and invented events, laid out in the house style of a dozen news agencies
(TASS, Reuters, AP, AFP, Xinhua, UPI, Anadolu, VOA, dpa, PTI, ANI and outlets
that carry only a byline date). Datelines give no year, as on the wire; the
lede ties the dateline day to its real weekday, so year inference can be
exercised.

The corpus is deterministic: article ``i`` of seed ``s`` depends only on
``(s, i)``, so a shorter corpus is a prefix of a longer one. Only the
standard library is used, so the generator runs without the pipeline's
dependencies.

Command line::

    python -m eventwire.bench_corpus 1000 bench/corpus/bench.jsonl --seed 7
    python -m eventwire.bench_corpus 200 --txt-dir bench/corpus/txt
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

MIN_WORDS = 300
MAX_WORDS = 800
FIRST_DAY = dt.date(2023, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")
# Month abbreviations as each house style writes them.
MONTHS_REUTERS = ("Jan", "Feb", "March", "April", "May", "June", "July",
                  "Aug", "Sept", "Oct", "Nov", "Dec")
MONTHS_AP = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
             "Sept.", "Oct.", "Nov.", "Dec.")
MONTHS_PTI = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
              "Oct", "Nov", "Dec")

_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven",
          "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
          "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
         "eighty", "ninety")

# --------------------------------------------------------------------------
# Names. Invented combinations of common given names and surnames, by region.
# --------------------------------------------------------------------------

NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "nigeria": (("Ibrahim", "Musa", "Aliyu", "Chinedu", "Emeka", "Yusuf",
                 "Abdullahi", "Babatunde", "Samuel", "Amina", "Hauwa", "Ngozi"),
                ("Danjuma", "Bello", "Okafor", "Adeyemi", "Garba", "Abubakar",
                 "Nwosu", "Sani", "Lawal", "Eze", "Bukar", "Yakubu")),
    "sahel": (("Moussa", "Souleymane", "Amadou", "Boubacar", "Issa", "Adama",
               "Mariam", "Aminata", "Oumar", "Seydou", "Hamidou", "Fatoumata"),
              ("Traore", "Diallo", "Coulibaly", "Keita", "Ouedraogo",
               "Sawadogo", "Maiga", "Toure", "Diarra", "Kone", "Cisse", "Sidibe")),
    "cameroon": (("Emmanuel", "Nelson", "Fidelis", "Comfort", "Divine",
                  "Clovis", "Bertrand", "Joyce", "Aboubakar", "Hamadou"),
                 ("Tabe", "Nkwenti", "Fon", "Ngwa", "Ayuk", "Mbah", "Tchoua",
                  "Ndzi", "Bouba", "Mbarga")),
    "somali": (("Abdikarim", "Hassan", "Farhan", "Abdirahman", "Mohamed",
                "Fadumo", "Hodan", "Ahmed", "Abdullahi", "Ismail", "Sahra"),
               ("Warsame", "Farah", "Abdi", "Hussein", "Nur", "Osman", "Jama",
                "Elmi", "Aden", "Mohamud", "Guled")),
    "kenya": (("Joseph", "Daniel", "Wanjiru", "Achieng", "Peter", "Hassan",
               "Mary", "Kevin", "Amina", "Collins"),
              ("Kiprono", "Otieno", "Mwangi", "Kamau", "Wekesa", "Njoroge",
               "Chebet", "Omondi", "Said", "Mutua")),
    "ethiopia": (("Tesfaye", "Marta", "Getachew", "Abebe", "Selam", "Dawit",
                  "Hirut", "Yonas", "Bereket", "Meron"),
                 ("Gebremedhin", "Alemu", "Tadesse", "Bekele", "Haile",
                  "Desta", "Mengistu", "Wolde", "Kebede", "Asfaw")),
    "congo": (("Patrick", "Jean-Pierre", "Innocent", "Guillaume", "Josue",
               "Esther", "Fiston", "Deo", "Christelle", "Arsene"),
              ("Mbuyi", "Kabera", "Mukendi", "Kasongo", "Bahati", "Lumbala",
               "Kambale", "Paluku", "Kahindo", "Ngoy")),
    "mozambique": (("Teresa", "Armando", "Celso", "Joaquim", "Ana", "Ernesto",
                    "Abudo", "Momade", "Luisa", "Saide"),
                   ("Mabunda", "Chissano", "Macuacua", "Nhantumbo", "Cossa",
                    "Tembe", "Assane", "Bacar", "Sitoe", "Langa")),
    "arab": (("Hassan", "Omar", "Khaled", "Ahmed", "Ali", "Mahmoud", "Yasser",
              "Nadia", "Salim", "Tariq", "Mona", "Faisal"),
             ("al-Tayeb", "Haroun", "Ben Saad", "al-Jubouri", "al-Obeidi",
              "Mansour", "al-Hakimi", "Nasser", "al-Zubaidi", "Suleiman",
              "al-Amin", "Daoud")),
    "afpak": (("Imran", "Sana", "Abdul", "Farid", "Noor", "Zahid", "Tariq",
               "Ayesha", "Naveed", "Habib", "Wali", "Shabnam"),
              ("Khattak", "Qureshi", "Yousafzai", "Afridi", "Durrani",
               "Baloch", "Shinwari", "Rahimi", "Hamidi", "Siddiqui",
               "Mohmand", "Wardak")),
    "india": (("Rakesh", "Anil", "Priya", "Sunil", "Vikram", "Meena", "Rahul",
               "Deepak", "Sanjay", "Kavita", "Arun", "Lalit"),
              ("Sharma", "Singh", "Verma", "Das", "Reddy", "Nair", "Thokchom",
               "Kumar", "Rao", "Mishra", "Bhat", "Netam")),
    "bengal": (("Nimal", "Ruwan", "Dilani", "Kamal", "Farhana", "Rafiq",
                "Tanvir", "Shirin", "Chaminda", "Nusrat"),
               ("Perera", "Jayasekara", "Fernando", "Rahman", "Hossain",
                "Chowdhury", "Silva", "Islam", "Bandara", "Akter")),
    "myanmar": (("Kyaw", "Aung", "Min", "Thiha", "Zaw", "Nyein", "Hla",
                 "Htet", "Naw", "Sai"),
                ("Zin", "Naing", "Htun", "Oo", "Win", "Thu", "Lwin", "Myint",
                 "Soe", "Tun")),
    "philippines": (("Ramon", "Carla", "Jose", "Maria", "Eduardo", "Rowena",
                     "Benjie", "Arnel", "Datu", "Liza"),
                    ("Aquino", "Villanueva", "Dela Cruz", "Santos", "Reyes",
                     "Bautista", "Lim", "Garcia", "Ramos", "Sinsuat")),
    "latin": (("Camila", "Andres", "Fabian", "Mariana", "Jorge", "Lucia",
               "Ernesto", "Marco", "Rosa", "Diego", "Valentina", "Hector"),
              ("Restrepo", "Ortiz", "Castano", "Herrera", "Quispe", "Gamarra",
               "Salcedo", "Villacis", "Morales", "Rojas", "Cardenas",
               "Mendoza")),
    "haiti": (("Jean-Robert", "Wilner", "Marie", "Pierre", "Jacques",
               "Nadege", "Frantz", "Guerline", "Rony", "Stephanie"),
              ("Dorval", "Saintilus", "Joseph", "Pierre-Louis", "Etienne",
               "Charles", "Baptiste", "Desir", "Jean-Baptiste", "Louis")),
    "georgia": (("Nino", "Giorgi", "Levan", "Tamar", "Irakli", "Ana",
                 "Davit", "Mariam"),
                ("Beridze", "Kapanadze", "Lomidze", "Tsiklauri", "Gelashvili",
                 "Japaridze", "Kvaratskhelia", "Abashidze")),
    "kyrgyz": (("Rustam", "Aibek", "Nurlan", "Bakyt", "Gulnara", "Azamat",
                "Aizada", "Timur"),
               ("Nazarov", "Toktogulov", "Sadykov", "Mamatov", "Usenov",
                "Abdyraimov", "Zhumabekov", "Osmonov")),
    "wire": (("Helen", "Tom", "Sarah", "David", "Anna", "Mark", "Laura",
              "James", "Claire", "Peter", "Olivia", "Simon"),
             ("Marsh", "Eckert", "Lindqvist", "Holloway", "Whitcombe",
              "Brennan", "Fischer", "Caldwell", "Moreau", "Hartley", "Okoye",
              "Varga")),
}

# --------------------------------------------------------------------------
# Countries: real places with their first-level administrative units.
# Each place is (town, admin1, kind of admin1, compass hint).
# --------------------------------------------------------------------------

CONFLICT = ("clash", "airstrike", "drone", "shelling", "bombing", "attempted",
            "arrest", "protest", "riot", "talks", "agreement", "aid",
            "threat", "accusation", "denial", "sanction", "resignation",
            "rally", "meeting")
CIVIL = ("protest", "riot", "arrest", "resignation", "rally", "meeting",
         "sanction")
CRIME = CIVIL + ("clash", "attempted", "bombing", "threat", "accusation",
                 "denial")

COUNTRIES: list[dict] = [
    {"name": "Nigeria", "adj": "Nigerian", "names": "nigeria",
     "datelines": ("ABUJA", "MAIDUGURI", "LAGOS"), "capital": "Abuja",
     "army": ("the Nigerian army", "Nigerian troops", "soldiers"),
     "air": "the Nigerian Air Force", "police": "the Nigeria Police Force",
     "groups": ("Boko Haram", "Islamic State West Africa Province (ISWAP)",
                "armed bandits", "gunmen on motorcycles"),
     "places": (("Dikwa", "Borno", "state", "northeastern"),
                ("Gwoza", "Borno", "state", "northeastern"),
                ("Bama", "Borno", "state", "northeastern"),
                ("Monguno", "Borno", "state", "northeastern"),
                ("Gusau", "Zamfara", "state", "northwestern"),
                ("Tsafe", "Zamfara", "state", "northwestern"),
                ("Birnin Gwari", "Kaduna", "state", "northwestern"),
                ("Bokkos", "Plateau", "state", "central"),
                ("Makurdi", "Benue", "state", "central"),
                ("Owerri", "Imo", "state", "southeastern")),
     "background": (
         "The jihadist insurgency in Nigeria's northeast began in 2009 and has spread into neighbouring Niger, Chad and Cameroon.",
         "Criminal gangs known locally as bandits raid villages across the northwest, kidnapping residents for ransom and stealing cattle.",
         "Clashes between farmers and herders over land and water have killed thousands of people in Nigeria's central states over the past decade.",
         "Islamic State West Africa Province broke away from Boko Haram in 2016 and has since become the strongest jihadist faction around Lake Chad.")},
    {"name": "Somalia", "adj": "Somali", "names": "somali",
     "datelines": ("MOGADISHU",), "capital": "Mogadishu",
     "army": ("the Somali National Army", "Somali troops", "government soldiers"),
     "air": "U.S. Africa Command", "police": "the Somali police",
     "groups": ("al-Shabab", "al-Shabab fighters", "Islamic State fighters",
                "clan militiamen"),
     "places": (("Afgoye", "Lower Shabelle", "region", "southern"),
                ("Marka", "Lower Shabelle", "region", "southern"),
                ("Jowhar", "Middle Shabelle", "region", "central"),
                ("Beledweyne", "Hiran", "region", "central"),
                ("Baidoa", "Bay", "region", "southwestern"),
                ("Kismayo", "Lower Juba", "region", "southern"),
                ("Dhusamareb", "Galgaduud", "region", "central"),
                ("Bosaso", "Bari", "region", "northeastern")),
     "background": (
         "Al-Shabab has fought Somalia's federal government for more than 15 years and still controls large parts of the countryside in the south.",
         "An African Union force has helped the Somali government defend Mogadishu and other towns since 2007.",
         "The government launched a major offensive against al-Shabab in 2022 with the help of clan militias, but the campaign has since stalled in several areas.",
         "Drought and conflict have left millions of Somalis in need of food aid, according to the United Nations.")},
    {"name": "Democratic Republic of Congo", "short": "Congo", "adj": "Congolese",
     "names": "congo", "datelines": ("KINSHASA", "GOMA", "BUKAVU", "BUNIA"),
     "capital": "Kinshasa",
     "army": ("the Congolese army (FARDC)", "Congolese troops", "government soldiers"),
     "air": "the Congolese army", "police": "the Congolese national police",
     "groups": ("M23 rebels", "the Allied Democratic Forces (ADF)",
                "CODECO militiamen", "Mai-Mai fighters"),
     "places": (("Sake", "North Kivu", "province", "eastern"),
                ("Rutshuru", "North Kivu", "province", "eastern"),
                ("Beni", "North Kivu", "province", "eastern"),
                ("Butembo", "North Kivu", "province", "eastern"),
                ("Bunia", "Ituri", "province", "northeastern"),
                ("Djugu", "Ituri", "province", "northeastern"),
                ("Uvira", "South Kivu", "province", "eastern"),
                ("Kalehe", "South Kivu", "province", "eastern")),
     "background": (
         "Dozens of armed groups are active in eastern Congo, where conflict over land, ethnicity and minerals has lasted for three decades.",
         "The M23 rebellion resurfaced at the end of 2021, and Kinshasa and UN experts accuse Rwanda of backing the group, which Kigali denies.",
         "The ADF, which has pledged allegiance to the Islamic State group, is blamed for thousands of civilian deaths in North Kivu and Ituri.",
         "More than seven million people are displaced inside Congo, one of the largest displacement crises in the world, according to UN agencies.")},
    {"name": "Mali", "adj": "Malian", "names": "sahel",
     "datelines": ("BAMAKO",), "capital": "Bamako",
     "army": ("the Malian armed forces", "Malian soldiers", "Malian troops"),
     "air": "the Malian air force", "police": "the Malian gendarmerie",
     "groups": ("the Group for the Support of Islam and Muslims (JNIM)",
                "Islamic State Sahel Province fighters", "jihadist fighters",
                "Tuareg-led rebels"),
     "places": (("Gao", "Gao", "region", "northern"),
                ("Ansongo", "Gao", "region", "northern"),
                ("Menaka", "Menaka", "region", "northeastern"),
                ("Mopti", "Mopti", "region", "central"),
                ("Djenne", "Mopti", "region", "central"),
                ("Niono", "Segou", "region", "central"),
                ("Timbuktu", "Timbuktu", "region", "northern"),
                ("Kidal", "Kidal", "region", "northern")),
     "background": (
         "Mali has been ruled by a military government since coups in 2020 and 2021, which turned away from France and towards Russia for security support.",
         "Jihadist violence that began in the north in 2012 has spread to the centre of the country and into neighbouring Burkina Faso and Niger.",
         "The UN peacekeeping mission MINUSMA left Mali at the end of 2023 at the junta's request.",
         "Attacks on convoys, army posts and villages have forced hundreds of thousands of Malians from their homes.")},
    {"name": "Burkina Faso", "adj": "Burkinabe", "names": "sahel",
     "datelines": ("OUAGADOUGOU",), "capital": "Ouagadougou",
     "army": ("the Burkinabe army", "Burkinabe soldiers",
              "volunteer defence auxiliaries (VDP)"),
     "air": "the Burkinabe air force", "police": "the Burkinabe gendarmerie",
     "groups": ("the Group for the Support of Islam and Muslims (JNIM)",
                "Islamic State fighters", "jihadist fighters", "armed men"),
     "places": (("Djibo", "Sahel", "region", "northern"),
                ("Dori", "Sahel", "region", "northeastern"),
                ("Kaya", "Centre-Nord", "region", "north-central"),
                ("Fada N'Gourma", "Est", "region", "eastern"),
                ("Ouahigouya", "Nord", "region", "northern"),
                ("Diapaga", "Est", "region", "eastern"),
                ("Dedougou", "Boucle du Mouhoun", "region", "western")),
     "background": (
         "Jihadist groups control large parts of Burkina Faso's countryside, and several towns in the north and east have been under blockade for months.",
         "Burkina Faso's military has seized power twice since 2022, promising to restore security.",
         "More than two million Burkinabe have fled their homes because of the violence, according to aid agencies.")},
    {"name": "Sudan", "adj": "Sudanese", "names": "arab",
     "datelines": ("PORT SUDAN", "KHARTOUM", "CAIRO"), "capital": "Khartoum",
     "army": ("the Sudanese army", "Sudanese troops", "army soldiers"),
     "air": "the Sudanese air force", "police": "the Sudanese police",
     "groups": ("the Rapid Support Forces (RSF)", "RSF fighters",
                "armed militiamen", "allied Arab militias"),
     "places": (("El Fasher", "North Darfur", "state", "western"),
                ("Nyala", "South Darfur", "state", "southwestern"),
                ("El Geneina", "West Darfur", "state", "western"),
                ("Wad Madani", "Gezira", "state", "central"),
                ("Omdurman", "Khartoum", "state", "central"),
                ("El Obeid", "North Kordofan", "state", "central"),
                ("Kadugli", "South Kordofan", "state", "southern"),
                ("Sennar", "Sennar", "state", "southeastern")),
     "background": (
         "War broke out between the army and the RSF in April 2023 over plans to merge the two forces, and has since devastated the capital and the Darfur region.",
         "The conflict has killed tens of thousands of people and displaced more than 12 million, according to the United Nations.",
         "Ceasefire talks sponsored by Saudi Arabia and the United States in Jeddah have repeatedly broken down.",
         "Aid agencies say parts of Darfur and Kordofan face famine as fighting blocks roads and supply routes.")},
    {"name": "Ethiopia", "adj": "Ethiopian", "names": "ethiopia",
     "datelines": ("ADDIS ABABA",), "capital": "Addis Ababa",
     "army": ("the Ethiopian National Defense Force", "federal troops",
              "government forces"),
     "air": "the Ethiopian air force", "police": "the federal police",
     "groups": ("Fano militiamen", "the Oromo Liberation Army (OLA)",
                "armed men"),
     "places": (("Gondar", "Amhara", "region", "northern"),
                ("Bahir Dar", "Amhara", "region", "northern"),
                ("Debre Markos", "Amhara", "region", "northern"),
                ("Woldia", "Amhara", "region", "northern"),
                ("Nekemte", "Oromia", "region", "western"),
                ("Shashamane", "Oromia", "region", "southern"),
                ("Mekele", "Tigray", "region", "northern"),
                ("Dembi Dolo", "Oromia", "region", "western")),
     "background": (
         "Fighting between federal forces and the Fano militia in the Amhara region began in August 2023, months after the end of the war in neighbouring Tigray.",
         "The Oromo Liberation Army has waged an insurgency in parts of Oromia for several years; peace talks with the government in Tanzania ended without a deal.",
         "A peace agreement signed in Pretoria in November 2022 ended two years of war in Tigray.")},
    {"name": "Kenya", "adj": "Kenyan", "names": "kenya",
     "datelines": ("NAIROBI", "MOMBASA"), "capital": "Nairobi",
     "army": ("the Kenya Defence Forces", "Kenyan troops", "security forces"),
     "air": "the Kenya Defence Forces", "police": "the Kenyan police",
     "groups": ("al-Shabab", "suspected al-Shabab militants", "bandits",
                "cattle raiders"),
     "places": (("Mandera", "Mandera", "county", "northeastern"),
                ("Elwak", "Mandera", "county", "northeastern"),
                ("Garissa", "Garissa", "county", "eastern"),
                ("Lamu", "Lamu", "county", "coastal"),
                ("Mombasa", "Mombasa", "county", "coastal"),
                ("Kisumu", "Kisumu", "county", "western"),
                ("Nakuru", "Nakuru", "county", "central"),
                ("Marsabit", "Marsabit", "county", "northern")),
     "background": (
         "Kenya has been a target of al-Shabab attacks since it sent troops into Somalia in 2011.",
         "Roadside bombs have killed dozens of police officers and soldiers in the counties along the border with Somalia in recent years.",
         "Protests over the cost of living and taxes have repeatedly turned deadly in Kenyan cities, and rights groups accuse police of using excessive force.")},
    {"name": "Mozambique", "adj": "Mozambican", "names": "mozambique",
     "datelines": ("MAPUTO", "PEMBA"), "capital": "Maputo",
     "army": ("the Mozambican armed forces", "Mozambican soldiers",
              "Rwandan troops"),
     "air": "the Mozambican air force", "police": "the Mozambican police",
     "groups": ("Islamic State-linked insurgents", "insurgents",
                "armed men"),
     "places": (("Macomia", "Cabo Delgado", "province", "northern"),
                ("Mocimboa da Praia", "Cabo Delgado", "province", "northern"),
                ("Palma", "Cabo Delgado", "province", "northern"),
                ("Muidumbe", "Cabo Delgado", "province", "northern"),
                ("Ancuabe", "Cabo Delgado", "province", "northern"),
                ("Memba", "Nampula", "province", "northern"),
                ("Nampula", "Nampula", "province", "northern")),
     "background": (
         "The insurgency in Cabo Delgado began in October 2017 and has displaced around a million people at its peak.",
         "Rwandan and southern African troops deployed in 2021 helped retake several towns, but insurgents continue to raid villages.",
         "A multi-billion-dollar liquefied natural gas project near Palma was suspended after an insurgent attack on the town in 2021.")},
    {"name": "Cameroon", "adj": "Cameroonian", "names": "cameroon",
     "datelines": ("YAOUNDE", "BAMENDA", "DOUALA"), "capital": "Yaounde",
     "army": ("the Cameroonian army", "Cameroonian soldiers",
              "Rapid Intervention Battalion (BIR) troops"),
     "air": "the Cameroonian air force", "police": "the Cameroonian gendarmerie",
     "groups": ("anglophone separatists", "Ambazonian separatist fighters",
                "Boko Haram fighters"),
     "places": (("Bamenda", "North-West", "region", "western"),
                ("Kumbo", "North-West", "region", "western"),
                ("Buea", "South-West", "region", "southwestern"),
                ("Kumba", "South-West", "region", "southwestern"),
                ("Mora", "Far North", "region", "northern"),
                ("Kolofata", "Far North", "region", "northern"),
                ("Maroua", "Far North", "region", "northern")),
     "background": (
         "The conflict in Cameroon's English-speaking regions began in 2016 when protests by lawyers and teachers were put down by force.",
         "Separatist groups fighting for an independent state they call Ambazonia frequently enforce lockdowns in the North-West and South-West regions.",
         "In the Far North region, Boko Haram fighters cross from Nigeria to raid villages and army posts.")},
    {"name": "Yemen", "adj": "Yemeni", "names": "arab",
     "datelines": ("SANAA", "ADEN"), "capital": "Sanaa",
     "army": ("government forces", "Yemeni government troops",
              "forces of the Southern Transitional Council"),
     "air": "U.S. and British warplanes", "police": "the Yemeni police",
     "groups": ("the Houthis", "Houthi fighters",
                "al-Qaeda in the Arabian Peninsula (AQAP)"),
     "places": (("Hodeidah", "Hodeidah", "governorate", "western"),
                ("Taiz", "Taiz", "governorate", "southwestern"),
                ("Marib", "Marib", "governorate", "central"),
                ("Saada", "Saada", "governorate", "northern"),
                ("Aden", "Aden", "governorate", "southern"),
                ("Mukalla", "Hadramawt", "governorate", "southeastern"),
                ("Al-Bayda", "Al-Bayda", "governorate", "central")),
     "background": (
         "Yemen's war began in 2014 when the Houthis seized Sanaa, and a Saudi-led coalition intervened the following year.",
         "The Houthis began attacking ships in the Red Sea in late 2023, prompting U.S. and British air strikes on their positions.",
         "A UN-brokered truce in 2022 largely held on the main front lines, though sporadic fighting continues around Taiz and Marib.")},
    {"name": "Iraq", "adj": "Iraqi", "names": "arab",
     "datelines": ("BAGHDAD", "ERBIL"), "capital": "Baghdad",
     "army": ("Iraqi security forces", "Iraqi troops",
              "the Popular Mobilisation Forces"),
     "air": "the Iraqi air force", "police": "the Iraqi police",
     "groups": ("Islamic State militants", "Islamic State remnants",
                "gunmen", "PKK fighters"),
     "places": (("Sinjar", "Nineveh", "province", "northern"),
                ("Mosul", "Nineveh", "province", "northern"),
                ("Kirkuk", "Kirkuk", "province", "northern"),
                ("Tikrit", "Salahuddin", "province", "northern"),
                ("Samarra", "Salahuddin", "province", "central"),
                ("Baqubah", "Diyala", "province", "eastern"),
                ("Ramadi", "Anbar", "province", "western"),
                ("Basra", "Basra", "province", "southern")),
     "background": (
         "Iraq declared victory over Islamic State in 2017, but the group's cells still carry out ambushes in remote areas of Kirkuk, Diyala and Salahuddin.",
         "Turkey regularly strikes PKK positions in northern Iraq, drawing protests from Baghdad.",
         "Protests over unemployment, corruption and electricity shortages erupt regularly in southern Iraqi cities during the summer.")},
    {"name": "Syria", "adj": "Syrian", "names": "arab",
     "datelines": ("DAMASCUS", "BEIRUT"), "capital": "Damascus",
     "army": ("Syrian government forces", "Syrian troops",
              "the Syrian Democratic Forces (SDF)"),
     "air": "Russian and Syrian warplanes", "police": "the Syrian police",
     "groups": ("Islamic State fighters", "armed opposition factions",
                "gunmen", "Hayat Tahrir al-Sham (HTS)"),
     "places": (("Idlib", "Idlib", "province", "northwestern"),
                ("Deir ez-Zor", "Deir ez-Zor", "province", "eastern"),
                ("Daraa", "Daraa", "province", "southern"),
                ("Raqqa", "Raqqa", "province", "northern"),
                ("Manbij", "Aleppo", "province", "northern"),
                ("Hama", "Hama", "province", "central"),
                ("Homs", "Homs", "province", "central"),
                ("Al-Bukamal", "Deir ez-Zor", "province", "eastern")),
     "background": (
         "Syria's war began in 2011 with a crackdown on peaceful protests and has killed hundreds of thousands of people.",
         "Islamic State cells remain active in the desert of central and eastern Syria, years after the group lost its last territory.",
         "Millions of Syrians remain displaced inside the country, many of them in camps in the northwest.")},
    {"name": "Afghanistan", "adj": "Afghan", "names": "afpak",
     "datelines": ("KABUL",), "capital": "Kabul",
     "army": ("Taliban forces", "Taliban security forces",
              "the Taliban administration's forces"),
     "air": "Pakistani warplanes", "police": "Taliban police",
     "groups": ("Islamic State Khorasan Province (ISKP)",
                "fighters of the National Resistance Front",
                "unidentified gunmen"),
     "places": (("Jalalabad", "Nangarhar", "province", "eastern"),
                ("Kunduz", "Kunduz", "province", "northern"),
                ("Mazar-i-Sharif", "Balkh", "province", "northern"),
                ("Herat", "Herat", "province", "western"),
                ("Kandahar", "Kandahar", "province", "southern"),
                ("Bazarak", "Panjshir", "province", "northern"),
                ("Faizabad", "Badakhshan", "province", "northeastern")),
     "background": (
         "The Taliban took power in August 2021 as the last U.S. troops withdrew, and no country has yet fully recognised their government.",
         "The Islamic State's regional affiliate has carried out deadly bombings against Taliban officials, mosques and the Shi'ite Hazara minority.",
         "Relations between Kabul and Islamabad have deteriorated over Pakistani accusations that militants shelter on Afghan soil.")},
    {"name": "Pakistan", "adj": "Pakistani", "names": "afpak",
     "datelines": ("ISLAMABAD", "PESHAWAR", "QUETTA", "KARACHI"),
     "capital": "Islamabad",
     "army": ("the Pakistani army", "Pakistani security forces",
              "paramilitary Frontier Corps troops"),
     "air": "the Pakistani military", "police": "the Pakistani police",
     "groups": ("the Tehrik-e-Taliban Pakistan (TTP)", "Baloch separatists",
                "militants", "the Balochistan Liberation Army (BLA)"),
     "places": (("Peshawar", "Khyber Pakhtunkhwa", "province", "northwestern"),
                ("Bannu", "Khyber Pakhtunkhwa", "province", "northwestern"),
                ("Dera Ismail Khan", "Khyber Pakhtunkhwa", "province", "northwestern"),
                ("Quetta", "Balochistan", "province", "southwestern"),
                ("Turbat", "Balochistan", "province", "southwestern"),
                ("Gwadar", "Balochistan", "province", "southwestern"),
                ("Lahore", "Punjab", "province", "eastern"),
                ("Karachi", "Sindh", "province", "southern")),
     "background": (
         "Militant violence has risen sharply in Khyber Pakhtunkhwa and Balochistan since 2021.",
         "Islamabad accuses Afghanistan's Taliban government of allowing the TTP to operate from Afghan soil, a charge Kabul denies.",
         "Baloch separatists have for decades fought for a greater share of the resources of Pakistan's largest but poorest province.")},
    {"name": "India", "adj": "Indian", "names": "india",
     "datelines": ("NEW DELHI", "IMPHAL", "SRINAGAR", "RAIPUR"),
     "capital": "New Delhi",
     "army": ("the Indian Army", "security forces",
              "Central Reserve Police Force (CRPF) personnel"),
     "air": "security forces", "police": "the state police",
     "groups": ("Maoist rebels", "militants", "a proscribed militant outfit",
                "armed miscreants"),
     "places": (("Imphal", "Manipur", "state", "northeastern"),
                ("Churachandpur", "Manipur", "state", "northeastern"),
                ("Kupwara", "Jammu and Kashmir", "union territory", "northern"),
                ("Anantnag", "Jammu and Kashmir", "union territory", "southern Kashmir"),
                ("Bijapur", "Chhattisgarh", "state", "central"),
                ("Sukma", "Chhattisgarh", "state", "central"),
                ("Kolkata", "West Bengal", "state", "eastern"),
                ("Gadchiroli", "Maharashtra", "state", "central")),
     "background": (
         "Ethnic violence between the Meitei and Kuki-Zo communities in Manipur has killed more than 200 people since May 2023.",
         "Security forces have stepped up operations against Maoist rebels in the forests of Chhattisgarh, where the insurgency has lasted for decades.",
         "Militancy in Jammu and Kashmir has declined in recent years, but infiltration attempts along the Line of Control continue.")},
    {"name": "Bangladesh", "adj": "Bangladeshi", "names": "bengal",
     "datelines": ("DHAKA",), "capital": "Dhaka",
     "army": ("the Bangladesh army", "Border Guard Bangladesh troops",
              "Rapid Action Battalion (RAB) officers"),
     "air": "the Bangladesh army", "police": "the Bangladesh police",
     "groups": ("a banned militant group", "armed cadres of a political party"),
     "places": (("Chittagong", "Chittagong", "division", "southeastern"),
                ("Rangamati", "Chittagong", "division", "southeastern"),
                ("Cox's Bazar", "Chittagong", "division", "southeastern"),
                ("Sylhet", "Sylhet", "division", "northeastern"),
                ("Khulna", "Khulna", "division", "southwestern"),
                ("Rajshahi", "Rajshahi", "division", "western")),
     "kinds": CIVIL,
     "background": (
         "Bangladesh has a long history of street politics in which rival parties mobilise supporters and clash with police.",
         "More than a million Rohingya refugees from Myanmar live in crowded camps in the Cox's Bazar district.")},
    {"name": "Sri Lanka", "adj": "Sri Lankan", "names": "bengal",
     "datelines": ("COLOMBO",), "capital": "Colombo",
     "army": ("the Sri Lankan army", "security forces", "Special Task Force commandos"),
     "air": "the Sri Lankan air force", "police": "the Sri Lankan police",
     "groups": ("an organised crime network", "a drug trafficking gang"),
     "places": (("Colombo", "Western", "province", "western"),
                ("Kandy", "Central", "province", "central"),
                ("Galle", "Southern", "province", "southern"),
                ("Jaffna", "Northern", "province", "northern"),
                ("Batticaloa", "Eastern", "province", "eastern"),
                ("Kurunegala", "North Western", "province", "northwestern")),
     "kinds": CIVIL,
     "background": (
         "Sri Lanka has cut public spending under an IMF-backed programme since its 2022 economic crisis.",
         "Months of street protests over shortages of fuel and food in 2022 forced the then president to flee the country.")},
    {"name": "Myanmar", "adj": "Myanmar", "names": "myanmar",
     "datelines": ("YANGON", "BANGKOK"), "capital": "Naypyitaw",
     "army": ("the Myanmar military", "junta troops", "government soldiers"),
     "air": "the Myanmar military", "police": "the Myanmar police",
     "groups": ("People's Defence Force (PDF) fighters", "the Arakan Army",
                "the Kachin Independence Army", "resistance fighters"),
     "places": (("Kani", "Sagaing", "region", "central"),
                ("Monywa", "Sagaing", "region", "central"),
                ("Lashio", "Shan", "state", "northeastern"),
                ("Myitkyina", "Kachin", "state", "northern"),
                ("Hpakant", "Kachin", "state", "northern"),
                ("Loikaw", "Kayah", "state", "eastern"),
                ("Sittwe", "Rakhine", "state", "western"),
                ("Myawaddy", "Kayin", "state", "southeastern")),
     "background": (
         "Myanmar has been in turmoil since the military seized power in a coup in February 2021.",
         "Ethnic armed groups and pro-democracy militias have taken control of large areas of the country's borderlands since late 2023.",
         "Rights groups accuse the military of bombing villages, schools and monasteries, charges the junta rejects.")},
    {"name": "Philippines", "adj": "Philippine", "names": "philippines",
     "datelines": ("MANILA", "COTABATO CITY"), "capital": "Manila",
     "army": ("the Philippine army", "government troops", "Philippine Marines"),
     "air": "the Philippine Air Force", "police": "the Philippine National Police",
     "groups": ("Dawlah Islamiyah militants", "New People's Army (NPA) rebels",
                "Abu Sayyaf gunmen", "members of a private armed group"),
     "places": (("Marawi", "Lanao del Sur", "province", "southern"),
                ("Datu Hoffer Ampatuan", "Maguindanao del Sur", "province", "southern"),
                ("Jolo", "Sulu", "province", "southern"),
                ("Cotabato City", "Maguindanao del Norte", "province", "southern"),
                ("Catarman", "Northern Samar", "province", "central"),
                ("Malaybalay", "Bukidnon", "province", "southern")),
     "background": (
         "The Moro Islamic Liberation Front signed a peace deal with Manila in 2014 and now leads the Bangsamoro autonomous region.",
         "Small groups that have pledged allegiance to the Islamic State remain active in the marshlands and mountains of Mindanao.",
         "The communist New People's Army has waged one of Asia's longest-running insurgencies since 1969.")},
    {"name": "Colombia", "adj": "Colombian", "names": "latin",
     "datelines": ("BOGOTA", "CUCUTA"), "capital": "Bogota",
     "army": ("the Colombian army", "Colombian soldiers", "police officers"),
     "air": "the Colombian military", "police": "the Colombian police",
     "groups": ("the National Liberation Army (ELN)", "FARC dissidents",
                "the Gulf Clan", "armed men"),
     "places": (("Saravena", "Arauca", "province", "eastern"),
                ("Tibu", "Norte de Santander", "province", "northeastern"),
                ("Cucuta", "Norte de Santander", "province", "northeastern"),
                ("Jamundi", "Valle del Cauca", "province", "southwestern"),
                ("Suarez", "Cauca", "province", "southwestern"),
                ("Argelia", "Cauca", "province", "southwestern"),
                ("Tumaco", "Narino", "province", "southwestern")),
     "background": (
         "Colombia signed a peace deal with the FARC in 2016, but dissident factions and other armed groups have moved into areas the rebels left.",
         "The ELN, founded in 1964, is the country's largest remaining guerrilla group.",
         "Armed groups fight over coca-growing areas and smuggling routes along the borders with Venezuela and Ecuador.")},
    {"name": "Mexico", "adj": "Mexican", "names": "latin",
     "datelines": ("MEXICO CITY",), "capital": "Mexico City",
     "army": ("the Mexican army", "National Guard troops", "Mexican soldiers"),
     "air": "the Mexican army", "police": "state police",
     "groups": ("cartel gunmen", "members of a drug cartel", "armed men"),
     "places": (("Culiacan", "Sinaloa", "state", "northwestern"),
                ("Apatzingan", "Michoacan", "state", "western"),
                ("Chilpancingo", "Guerrero", "state", "southern"),
                ("Reynosa", "Tamaulipas", "state", "northeastern"),
                ("Celaya", "Guanajuato", "state", "central"),
                ("Tijuana", "Baja California", "state", "northwestern")),
     "kinds": CRIME,
     "background": (
         "Mexico has recorded more than 30,000 homicides a year for most of the past decade, much of it linked to organised crime.",
         "Cartels fight each other and the security forces for control of drug routes, extortion rackets and fuel theft.")},
    {"name": "Haiti", "adj": "Haitian", "names": "haiti",
     "datelines": ("PORT-AU-PRINCE",), "capital": "Port-au-Prince",
     "army": ("the Haitian National Police", "Haitian police officers",
              "Kenyan-led security forces"),
     "air": "the Haitian National Police", "police": "the Haitian National Police",
     "groups": ("armed gangs", "gang members", "a gang coalition"),
     "places": (("Croix-des-Bouquets", "Ouest", "department", "eastern"),
                ("Petion-Ville", "Ouest", "department", "southern"),
                ("Cabaret", "Ouest", "department", "northern"),
                ("Mirebalais", "Centre", "department", "central"),
                ("Saint-Marc", "Artibonite", "department", "western"),
                ("Gonaives", "Artibonite", "department", "northern")),
     "kinds": CRIME + ("aid",),
     "background": (
         "Gangs control most of Port-au-Prince and have expanded into the Artibonite and Centre departments.",
         "A Kenyan-led multinational security mission began deploying in Haiti in 2024 to support the police.")},
    {"name": "Libya", "adj": "Libyan", "names": "arab",
     "datelines": ("TRIPOLI", "BENGHAZI", "CAIRO"), "capital": "Tripoli",
     "army": ("forces of the Government of National Unity",
              "Libyan National Army fighters", "Interior Ministry forces"),
     "air": "unidentified aircraft", "police": "the Libyan police",
     "groups": ("a rival armed group", "militiamen", "an armed formation"),
     "places": (("Zawiya", "Zawiya", "district", "western"),
                ("Misrata", "Misrata", "district", "western"),
                ("Sirte", "Sirte", "district", "central"),
                ("Benghazi", "Benghazi", "district", "eastern"),
                ("Sabha", "Sabha", "district", "southern"),
                ("Gharyan", "Jabal al Gharbi", "district", "western")),
     "background": (
         "Libya has been split between rival administrations in the east and the west since 2014.",
         "Armed groups that emerged after the 2011 uprising control much of western Libya and frequently clash over territory and state revenue.")},
    {"name": "Georgia", "adj": "Georgian", "names": "georgia",
     "datelines": ("TBILISI",), "capital": "Tbilisi",
     "army": ("the Georgian police", "riot police", "Interior Ministry special forces"),
     "air": "the Georgian police", "police": "the Georgian police",
     "groups": ("a violent far-right group", "pro-government vigilantes"),
     "places": (("Tbilisi", "Tbilisi", "region", "central"),
                ("Batumi", "Adjara", "autonomous republic", "western"),
                ("Kutaisi", "Imereti", "region", "western"),
                ("Zugdidi", "Samegrelo-Zemo Svaneti", "region", "western"),
                ("Gori", "Shida Kartli", "region", "central")),
     "kinds": CIVIL,
     "background": (
         "Georgia has seen repeated waves of mass protests over the country's political direction in recent years.",
         "Opposition parties accuse the ruling Georgian Dream party of backsliding on democracy, which it denies.")},
    {"name": "Peru", "adj": "Peruvian", "names": "latin",
     "datelines": ("LIMA",), "capital": "Lima",
     "army": ("the Peruvian police", "Peruvian soldiers", "riot police"),
     "air": "the Peruvian police", "police": "the Peruvian police",
     "groups": ("extortion gangs", "a criminal network based in Trujillo"),
     "places": (("Trujillo", "La Libertad", "region", "northern"),
                ("Puno", "Puno", "region", "southern"),
                ("Juliaca", "Puno", "region", "southern"),
                ("Cusco", "Cusco", "region", "southern"),
                ("Ayacucho", "Ayacucho", "region", "south-central"),
                ("Arequipa", "Arequipa", "region", "southern")),
     "kinds": CIVIL,
     "background": (
         "Peru has had six presidents since 2016, and protests in the southern regions have repeatedly turned deadly.",
         "A wave of extortion by criminal gangs has hit transport companies and small businesses in Lima and northern cities.")},
    {"name": "Kyrgyzstan", "adj": "Kyrgyz", "names": "kyrgyz",
     "datelines": ("BISHKEK",), "capital": "Bishkek",
     "army": ("the Kyrgyz border service", "Kyrgyz border guards",
              "Kyrgyz security forces"),
     "air": "Tajik forces", "police": "the Kyrgyz police",
     "groups": ("Tajik border troops", "Tajik forces"),
     "places": (("Ak-Sai", "Batken", "region", "southwestern"),
                ("Batken", "Batken", "region", "southwestern"),
                ("Isfana", "Batken", "region", "southwestern"),
                ("Osh", "Osh", "region", "southern"),
                ("Jalal-Abad", "Jalal-Abad", "region", "southern")),
     "kinds": ("shelling", "clash", "accusation", "denial", "talks",
               "agreement", "protest", "arrest", "threat", "meeting"),
     "background": (
         "Long sections of the border between Kyrgyzstan and Tajikistan were never formally delimited after the break-up of the Soviet Union.",
         "Disputes over land and water in the Fergana Valley escalated into deadly fighting between the two countries in 2021 and 2022.")},
]

SOUTH_ASIA = {"India", "Pakistan", "Bangladesh", "Sri Lanka", "Afghanistan"}

# --------------------------------------------------------------------------
# Agencies and outlets.
# --------------------------------------------------------------------------

AGENCIES = ("TASS", "Reuters", "AP", "AFP", "Xinhua", "UPI", "Anadolu",
            "VOA", "dpa", "PTI", "ANI", "byline")
# How often each style is drawn; PTI and ANI only file South Asian stories.
AGENCY_WEIGHTS = {"TASS": 9, "Reuters": 14, "AP": 11, "AFP": 11, "Xinhua": 9,
                  "UPI": 6, "Anadolu": 7, "VOA": 7, "dpa": 6, "PTI": 8,
                  "ANI": 6, "byline": 9}
BYLINE_OUTLETS = ("The Frontier Ledger", "Meridian Daily", "The Borderline",
                  "Sentinel Weekly", "The Horizon Post", "Crossroads Review",
                  "The Daily Compass")
SECTIONS = ("World", "Africa", "Asia", "Americas", "Security", "Politics",
            "Conflict")

# --------------------------------------------------------------------------
# Event templates. Slots are filled from the per-article slot dict built by
# `_slots`; a capitalised slot name gives the same value capitalised.
# Headlines avoid verbs whose number depends on the actor ("rebels
# threaten" / "group threatens"), since actor names are singular or plural.
# --------------------------------------------------------------------------

VIOLENT = {"clash", "airstrike", "drone", "shelling", "bombing", "attempted",
           "riot", "accusation", "denial"}

KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    "clash": {
        "headline": (
            "{Troops} kill {killed_hd} fighters in clash near {town}",
            "{Adj} army says {killed_hd} militants killed in {admin1} fighting",
            "Fighting between army and {group_hd} leaves {dead_hd} dead in {country_short}",
            "Attack on army post in {town} leaves {dead_hd} dead",
            "Gunfight near {town} kills {dead_hd}, officials say",
            "{Soldiers_hd} soldiers among dead in {admin1} clash"),
        "standfirst": (
            "The fighting lasted for several hours, according to residents",
            "Several soldiers were wounded, the military said",
            "The army said it had recovered weapons and ammunition at the scene",
            "Residents fled towards {town2} as the shooting spread"),
        "lede": (
            "{Killed} fighters and {soldiers_dead} soldiers were killed when {group} attacked an army position {loc} {ev_day}, {spox_org} said {rep_day}.",
            "{Gov} said {rep_day} that troops had killed {killed} members of {group} in a gun battle {loc} {ev_day}.",
            "Clashes between {gov} and {group} {loc} {ev_day} left {dead} people dead, including {soldiers_dead} soldiers, {spox_org} said {rep_day}.",
            "{Troops} repelled an attack by {group} on a military base {loc} {ev_day}, killing {killed} assailants, {spox_org} said {rep_day}.",
            "Heavy fighting broke out {ev_day} between {troops} and {group} {loc}, killing {dead} people, according to {witness_src} who spoke to {agency_ref} {rep_day}."),
        "detail": (
            "The attackers arrived in pickup trucks and on motorcycles and opened fire with machine guns and rocket-propelled grenades, {spox_short} said.",
            "The fighting lasted for about {hours} hours before the attackers withdrew, leaving behind weapons and ammunition.",
            "{Injured} soldiers were wounded and were taken to a hospital in {town2} for treatment, according to the military.",
            "Troops recovered {guns} rifles, a machine gun and several boxes of ammunition after the fighting, the statement said.",
            "Residents said dozens of families fled their homes during the night and sought shelter in {town2}.",
            "Reinforcements were sent to the area on {rep_wd} morning, and a search for fighters who escaped was under way.",
            "{Captured} suspected fighters were captured during the operation and handed over to investigators, {spox_short} added.",
            "Helicopter gunships were called in to support ground troops as the fighting spread to nearby farmland, a security source said.",
            "The attack began shortly after {attack_hour} when the fighters approached the base from the direction of {town2}.",
            "Soldiers later combed the surrounding area and found the bodies of several fighters in a dry riverbed, according to the military.",
            "Local hospitals appealed for blood donors as the wounded arrived throughout the night."),
        "quote": (
            "\"The troops responded with superior firepower and forced the enemy to flee. The situation is now under control,\" {spox_short} told {agency_ref}.",
            "\"We heard heavy shooting from around midnight until the early morning. Nobody slept,\" a resident of {town} told {agency_ref} by phone, asking not to be named.",
            "\"Our forces will continue to pursue these criminals wherever they hide,\" {spox} said in a statement.",
            "\"They came from three directions and fired at everything. We lost brave men today,\" a military officer in {town}, who was not authorised to speak to the media, told {agency_ref}.",
            "\"The enemy suffered heavy losses and fled in disarray,\" {spox} said."),
        "reaction": (
            "{Group_cap} did not immediately comment on the fighting.",
            "A spokesman for {group} claimed on social media that its fighters had inflicted heavy losses on the army, a claim that could not be verified.",
            "Local leaders called on the government to send more troops to protect villages in the area.",
            "The governor of {admin1} {akind} visited the wounded in hospital on {rep_wd} and promised compensation for families of the dead."),
    },
    "airstrike": {
        "headline": (
            "Air strikes on {town} kill {dead_hd}, residents say",
            "Warplanes hit {group_hd} positions in {admin1}, {dead_hd} reported killed",
            "{Dead_hd} killed in air raid on village near {town}",
            "Air raid on {country_short}'s {admin1} kills {dead_hd}, including children"),
        "standfirst": (
            "Residents said homes and a market were hit",
            "The military said it targeted militant hideouts",
            "Rescue workers searched the rubble for survivors"),
        "lede": (
            "An air strike on a village {loc} {ev_day} killed {dead} people, including {children} children, residents and local officials said {rep_day}.",
            "{Air} carried out {strikes} air strikes on positions held by {group} {loc} {ev_day}, killing {dead} people, {spox_org} said {rep_day}.",
            "Warplanes bombed a market {loc} {ev_day}, killing {dead} civilians and wounding {injured} others, according to {witness_src}, who spoke {rep_day}.",
            "{Dead} people were killed when aircraft struck a crowded area {loc} {ev_day}, {spox_org} said {rep_day}."),
        "detail": (
            "Residents said a jet dropped two bombs shortly after dawn, destroying several houses and a school building.",
            "The wounded were taken to a hospital in {town2}, where doctors said some were in a critical condition.",
            "Local officials said the dead included women and children who had taken shelter in a religious building.",
            "{Spox_short} said the strikes had destroyed weapons depots and a command centre, and that no civilians were present.",
            "Rescue workers were still searching the rubble for survivors on {rep_wd} afternoon, a local official said.",
            "Photographs shared by residents showed a large crater next to a collapsed building and burnt-out motorcycles.",
            "The strikes came days after {group} seized an outpost near {town2}, according to security sources.",
            "A second strike hit the same area about an hour later as people gathered to help the wounded, witnesses said."),
        "quote": (
            "\"The plane came twice. The second time it hit the houses where people had run to hide,\" a resident of {town} told {agency_ref}.",
            "\"We targeted only terrorist positions, based on precise intelligence,\" {spox} said.",
            "\"There were no fighters in the village. These were farmers and their families,\" a local elder said by phone.",
            "\"We buried the dead the same afternoon. Some of the bodies could not be identified,\" a relative of one victim told {agency_ref}."),
        "reaction": (
            "Rights groups called for an independent investigation into the strike.",
            "{Group_cap} condemned the strike and vowed to retaliate.",
            "The United Nations office in {capital} said it was alarmed by reports of civilian casualties.",
            "The military did not respond to requests for comment on the reported civilian deaths."),
    },
    "drone": {
        "headline": (
            "Drone strike kills {dead_hd} near {town}",
            "{Dead_hd} killed in drone attack in {country_short}'s {admin1} {akind}",
            "Drone hits vehicle near {town}, {dead_hd} dead",
            "Armed drone targets {group_hd} commanders in {admin1}"),
        "standfirst": (
            "The vehicle was hit as it left the town, security sources said",
            "No one immediately claimed the strike",
            "Among the dead was a senior commander, officials said"),
        "lede": (
            "A drone strike on a vehicle {loc} {ev_day} killed {dead} people, security sources said {rep_day}.",
            "{Dead} people were killed when a drone struck a gathering {loc} {ev_day}, {spox_org} said {rep_day}.",
            "{Air} said {rep_day} it had killed {dead} members of {group} in a drone strike {loc} {ev_day}.",
            "An armed drone hit a house {loc} {ev_day}, killing {dead} people inside, according to {witness_src}, who spoke {rep_day}."),
        "detail": (
            "The vehicle was travelling on a dirt road outside {town} when it was hit in the early afternoon, a local official said.",
            "Three bodies were taken to the hospital in {town2}, and two more people were being treated for burns, medical sources said.",
            "The sources said one of the dead was a senior commander who had been responsible for attacks in {admin1} {akind}.",
            "Drone strikes have become more frequent in the area in recent months, residents said.",
            "The strike left a crater in the road and set fire to a nearby fuel stall, according to a witness.",
            "Security sources said the commander had been under surveillance for several weeks."),
        "quote": (
            "\"We heard the buzzing in the sky for an hour before the explosion,\" a resident of {town} told {agency_ref}.",
            "\"This operation removed a dangerous terrorist who was planning new attacks,\" {spox} said in a statement.",
            "\"The people killed were civilians on their way to the market,\" a relative of one of the victims said.",
            "\"Nobody dares to travel on that road any more,\" a driver in {town2} said."),
        "reaction": (
            "{Group_cap} said in a statement that those killed were civilians and accused the security forces of a massacre.",
            "The foreign ministry in {capital} did not immediately respond to a request for comment.",
            "Local elders called for an end to drone strikes near populated areas."),
    },
    "shelling": {
        "headline": (
            "Shelling of {town} kills {dead_hd}, officials say",
            "{Adj} officials say artillery hit homes in {admin1}",
            "Mortar fire on {town} leaves {dead_hd} dead",
            "Artillery exchange near {town} wounds {injured_hd}"),
        "standfirst": (
            "Houses and a school were damaged, local officials said",
            "Both sides blamed each other for starting the shelling",
            "The shooting stopped after commanders made contact"),
        "lede": (
            "Artillery shelling on {town} in {admin1} {akind} {ev_day} killed {dead} people and wounded {injured} others, {spox_org} said {rep_day}.",
            "{Group_cap} shelled positions of {gov} {loc} {ev_day}, wounding {injured} people, {spox_org} said {rep_day}.",
            "Mortar rounds hit residential areas {loc} {ev_day}, killing {dead} civilians, according to {witness_src}, who spoke to {agency_ref} {rep_day}.",
            "{Troops} and {group} exchanged artillery fire {loc} {ev_day}, killing {dead} people, {spox_org} said {rep_day}."),
        "detail": (
            "At least {shells} shells landed in residential neighbourhoods, damaging houses, a mosque and a water pumping station, officials said.",
            "The shelling began in the evening and continued for about {hours} hours, according to residents.",
            "{Troops} returned fire, and the shooting stopped after commanders on both sides made contact by radio.",
            "Schools in {town} were closed on {rep_wd} as a precaution, the local administration said.",
            "Shrapnel hit a minibus on the main road, wounding the driver and several passengers, a local official said.",
            "Electricity and water supplies to parts of {town} were cut after a shell damaged a substation.",
            "Hundreds of residents spent the night in basements and in a school on the edge of town."),
        "quote": (
            "\"The shells fell on houses where families were having dinner,\" a local official in {town} said.",
            "\"Our side did not fire first and acted only in response,\" {spox} said.",
            "\"We hid in the basement all night. In the morning half of our street was destroyed,\" a resident told {agency_ref}.",
            "\"This is a gross violation of the ceasefire and we reserve the right to respond,\" {spox} said."),
        "reaction": (
            "Each side accused the other of violating a ceasefire and of targeting civilians.",
            "The foreign ministry summoned an envoy and handed over a note of protest.",
            "The United Nations urged both sides to show restraint and protect civilians."),
    },
    "bombing": {
        "headline": (
            "Bomb blast in {town} kills {dead_hd}",
            "Roadside bomb kills {dead_hd} in {country_short}'s {admin1}",
            "Car bomb explodes near checkpoint in {town}, {dead_hd} dead",
            "Explosion at {town} market leaves {dead_hd} dead, {injured_hd} hurt"),
        "standfirst": (
            "No group immediately claimed responsibility",
            "The explosion went off near a busy market, witnesses said",
            "Several of the wounded are in a critical condition"),
        "lede": (
            "A roadside bomb struck a vehicle carrying {victims} {loc} {ev_day}, killing {dead} people, {spox_org} said {rep_day}.",
            "A car bomb exploded at a checkpoint {loc} {ev_day}, killing {dead} people and wounding {injured} others, {spox_org} said {rep_day}.",
            "{Dead} people were killed and {injured} wounded when an explosive device went off in a crowded market {loc} {ev_day}, officials said {rep_day}.",
            "A suicide bomber blew himself up outside {target} {loc} {ev_day}, killing {dead} people, {spox_org} said {rep_day}."),
        "detail": (
            "The device had been planted under a culvert overnight and was detonated by remote control as the vehicle passed, {spox_short} said.",
            "Witnesses described a thick column of smoke and people running from the scene as ambulances arrived.",
            "The wounded were taken to hospitals in {town} and {town2}, and some were in a critical condition, medical sources said.",
            "Bomb disposal experts later found and defused a second device about 200 metres from the blast site.",
            "Security forces sealed off the area and launched a search for suspects.",
            "The blast shattered windows of shops and houses along the street and destroyed several parked cars.",
            "Police said the explosives had been hidden in a motorcycle parked near the entrance.",
            "It was the {ordinal} bombing in {town} this year, according to a tally by local officials."),
        "quote": (
            "\"The windows of my shop fell on me. When I came outside there were bodies on the road,\" a trader near the scene told {agency_ref}.",
            "\"This cowardly attack will not weaken our resolve,\" {spox} said.",
            "\"The number of dead may rise because several of the wounded are in a serious condition,\" a doctor at the hospital told {agency_ref}.",
            "\"I was buying bread when the ground shook. Then there was only smoke and screaming,\" a witness said."),
        "reaction": (
            "{Group_cap} claimed responsibility in a statement posted on a website linked to the group.",
            "No group immediately claimed responsibility, but officials blamed {group}.",
            "The government condemned the attack and declared a day of mourning.",
            "Foreign embassies in {capital} condemned the bombing and offered condolences to the victims' families."),
    },
    "attempted": {
        "headline": (
            "{Adj} forces foil attack on {target_hd} in {town}",
            "Attempted attack on {target_hd} thwarted near {town}, officials say",
            "Police foil suicide bombing in {town}",
            "Ambush on convoy near {town} fails, army says"),
        "standfirst": (
            "One attacker was shot dead before he could detonate his explosives",
            "No one was killed, the authorities said",
            "A roadside bomb was found and defused before the convoy reached it"),
        "lede": (
            "Security forces foiled an attempted attack on {target} {loc} {ev_day}, shooting dead {killed} attackers before they could reach the building, {spox_org} said {rep_day}.",
            "{Police} said {rep_day} they had thwarted a suicide attack on {target} {loc} {ev_day} after a guard spotted the attacker climbing a wall.",
            "An attempted ambush on a military convoy {loc} {ev_day} failed after soldiers detected a roadside bomb and defused it, {spox_org} said {rep_day}.",
            "Gunmen tried but failed to storm {target} {loc} {ev_day}, {spox_org} said {rep_day}, adding that {killed} attackers were killed."),
        "detail": (
            "The attacker was wearing an explosive vest packed with about {kilos} kilograms of explosives and ball bearings, which bomb disposal experts later defused.",
            "A second assailant escaped into nearby fields, and a search operation was under way, {spox_short} said.",
            "{Injured} members of the security forces were slightly injured in the exchange of fire.",
            "The convoy of about {vehicles} vehicles continued its journey after the attackers fled, according to the statement.",
            "Investigators were trying to establish where the attackers had come from and whether they had help in {town}.",
            "Police found a car loaded with gas cylinders and fertiliser parked a few hundred metres away.",
            "Checkpoints were reinforced across {admin1} {akind} after the incident."),
        "quote": (
            "\"If he had got inside, it would have been a massacre,\" {spox} told {agency_ref}.",
            "\"The vigilance of our men saved many lives today,\" {spox_short} said.",
            "\"We heard shooting at dawn and then a loud bang when the experts blew up the explosives,\" a resident of {town} said.",
            "\"The attackers underestimated our preparedness,\" {spox} said."),
        "reaction": (
            "No group claimed responsibility for the attempted attack.",
            "A spokesman for {group} denied any involvement in the attempted attack.",
            "The provincial authorities said security would be tightened around government buildings."),
    },
    "arrest": {
        "headline": (
            "{Arrested_hd} suspects detained in {town}",
            "Police arrest {arrested_hd} in raids across {admin1}",
            "{Adj} police detain {arrested_hd} over alleged links to {group_hd}",
            "Security sweep in {town} nets {arrested_hd} suspects"),
        "standfirst": (
            "Weapons and cash were seized during the searches, police said",
            "The suspects will appear in court later this week",
            "Police are still looking for several other suspects"),
        "lede": (
            "{Police} arrested {arrested} suspects in raids {loc} {ev_day}, accusing them of links to {group}, {spox_org} said {rep_day}.",
            "Security forces detained {arrested} people {loc} {ev_day} on suspicion of planning attacks, {spox_org} said {rep_day}.",
            "{Arrested} suspected members of {group} were arrested in simultaneous operations {loc} and in {town2} {ev_day}, officials said {rep_day}.",
            "{Police} said {rep_day} they had detained {arrested} people {loc} after a raid {ev_day} on what they described as a hideout of {group}."),
        "detail": (
            "Police seized {guns} firearms, ammunition, mobile phones and about {cash} in cash during the searches.",
            "The suspects, aged between 19 and {age_max}, were allegedly involved in extortion and in collecting money for the group, investigators said.",
            "Detention warrants had been issued for {warrants} people, and police were still searching for the others.",
            "The detainees were taken to police headquarters in {capital} for questioning and are expected to appear before a court on {future_wd}.",
            "One of the suspects was wanted in connection with an attack in {town2} last year, police said.",
            "Officers also found documents, explosives and a list of possible targets, according to the police statement.",
            "The raids were carried out at dawn on houses in {town} and {town2} simultaneously."),
        "quote": (
            "\"These arrests have dismantled a network that was preparing to strike,\" {spox} said.",
            "\"My son is a student. He has nothing to do with any group,\" the mother of one of the detainees told {agency_ref}.",
            "\"The investigation is continuing and more arrests are possible,\" {spox_short} told reporters.",
            "\"We acted on intelligence gathered over several months,\" {spox} said."),
        "reaction": (
            "A lawyer for several of the detainees said they had been denied access to legal counsel.",
            "Rights groups have accused the authorities of using broad anti-terrorism laws to detain critics.",
            "{Group_cap} did not comment on the arrests.",
            "Relatives of the detainees gathered outside the police station demanding information."),
    },
    "protest": {
        "headline": (
            "Thousands march in {town} against {grievance_hd}",
            "Protesters rally in {town} over {grievance_hd}",
            "Peaceful protest in {country_short}'s {admin1} over {grievance_hd}",
            "{Town} residents take to the streets over {grievance_hd}"),
        "standfirst": (
            "The march passed off peacefully, police said",
            "Organisers said more rallies were planned",
            "Demonstrators handed a petition to local officials"),
        "lede": (
            "{Protesters} marched through the centre of {town} {ev_day} to protest against {grievance}, {police} said {rep_day}.",
            "{Crowd} people rallied peacefully in {town}, in {admin1} {akind}, {ev_day} to demand action on {grievance}, organisers said {rep_day}.",
            "{Protesters} staged a sit-in outside the governor's office {loc} {ev_day} over {grievance}, according to {witness_src}, who spoke to {agency_ref} {rep_day}.",
            "{Protesters} took to the streets of {town} {ev_day} in a peaceful protest against {grievance}, {spox_org} said {rep_day}."),
        "detail": (
            "Police estimated the crowd at about {crowd_low}, while organisers said at least {crowd_high} people took part.",
            "The demonstrators carried banners and national flags and chanted slogans as they walked to the local government headquarters.",
            "Police said the protest passed off without incident and that no one was detained.",
            "Organisers handed a petition to officials at the governor's office before the crowd dispersed in the evening.",
            "Shops in the town centre closed early, but traffic returned to normal by nightfall.",
            "Speakers called on the government to meet their demands by the end of the month.",
            "Many of the marchers were women, and some carried photographs of relatives."),
        "quote": (
            "\"We are here peacefully. We only want the government to listen,\" {activist}, one of the organisers, told the crowd.",
            "\"If nothing changes, we will come back every week,\" a protester told {agency_ref}.",
            "\"The authorities respect the right to protest as long as it is peaceful,\" {spox} said.",
            "\"Our salaries are the same as five years ago, but everything costs twice as much,\" a teacher at the march said."),
        "reaction": (
            "The local government said it would set up a committee to examine the protesters' demands.",
            "Officials accused opposition politicians of exploiting the protests, a claim organisers rejected.",
            "Organisers said another march would take place on {future_wd}."),
    },
    "riot": {
        "headline": (
            "Police fire tear gas as protest turns violent in {town}",
            "{Dead_hd} dead, {arrested_hd} arrested as riots hit {town}",
            "Clashes erupt in {town} over {grievance_hd}",
            "Curfew imposed in {town} after rioting"),
        "standfirst": (
            "Shops were looted and tyres set on fire, witnesses said",
            "Police denied using live ammunition",
            "A night-time curfew was imposed"),
        "lede": (
            "Police fired tear gas and arrested {arrested} people {loc} {ev_day} after a protest over {grievance} turned violent, {spox_org} said {rep_day}.",
            "Rioters set fire to tyres and looted shops {loc} {ev_day} as protests over {grievance} descended into clashes with police, leaving {dead} people dead, officials said {rep_day}.",
            "{Dead} people were killed and dozens injured in clashes between protesters and security forces {loc} {ev_day}, {spox_org} said {rep_day}.",
            "Protesters angry about {grievance} torched a police post and blocked roads {loc} {ev_day}, and police arrested {arrested} people, {spox_org} said {rep_day}."),
        "detail": (
            "Young men threw stones at police, who responded with tear gas and water cannon, witnesses said.",
            "{Injured} police officers were injured, and several vehicles and a police post were set on fire.",
            "A human rights group said one of the dead had been shot, but police denied using live ammunition.",
            "Those arrested will be charged with rioting and destroying property, {spox_short} said.",
            "The local administration imposed a night-time curfew in {town} until further notice.",
            "Shops along the main road were looted, and the town's market remained closed on {rep_wd}.",
            "Mobile internet was cut in parts of {admin1} {akind} for several hours, residents said."),
        "quote": (
            "\"We came peacefully, but the police started shooting tear gas at women and children,\" a protester told {agency_ref}.",
            "\"We will not allow criminals to destroy property under the cover of protest,\" {spox} said.",
            "\"People are tired. They have been promised help for months and nothing has come,\" a community leader in {town} said.",
            "\"Our officers showed restraint in the face of extreme provocation,\" {spox} told reporters."),
        "reaction": (
            "Opposition leaders accused the police of brutality and called for an investigation.",
            "Protest leaders warned that demonstrations would resume if their demands were not met by {future_wd}.",
            "The interior ministry said it had opened an inquiry into the deaths."),
    },
    "talks": {
        "headline": (
            "{Adj} government and {group_hd} hold talks in {hub}",
            "Talks between {country_short} and rebels resume in {hub}",
            "Peace talks on {admin1} conflict open in {hub}",
            "{Hub} hosts new round of {country_short} peace talks"),
        "standfirst": (
            "Both sides said the atmosphere was constructive",
            "Mediators hope to agree a ceasefire by the end of the month",
            "The next round is expected in a few weeks"),
        "lede": (
            "Representatives of the {adj} government and {group} met in {hub} {ev_day} for talks aimed at ending fighting in {admin1} {akind}, {mediator} said {rep_day}.",
            "The {adj} government and {group} held a first round of direct talks in {hub} {ev_day}, {spox_org} said {rep_day}.",
            "Negotiators from the {adj} government and {group} resumed peace talks in {hub} {ev_day} after a pause of several months, {mediator} said {rep_day}.",
            "{Mediator} brought together envoys of the {adj} government and {group} in {hub} {ev_day}, officials said {rep_day}."),
        "detail": (
            "The talks focused on a ceasefire, the release of prisoners and the return of displaced people to {town} and surrounding villages.",
            "Both delegations agreed to meet again in {hub} next month, according to a joint statement read by {mediator}.",
            "The meeting lasted for about {hours} hours and was held behind closed doors.",
            "Previous rounds of talks collapsed after each side accused the other of launching new attacks.",
            "The government delegation was led by a deputy minister, and the rebel side by a member of its political council.",
            "Diplomats said the two sides remained far apart on the question of disarmament."),
        "quote": (
            "\"The negotiating process is difficult, but both sides showed a willingness to continue,\" {spox} said.",
            "\"We came to listen, but we will not give up our demands,\" a member of the rebel delegation told {agency_ref}.",
            "\"This is a small step, but it can save many lives if it is respected,\" a diplomat familiar with the talks said.",
            "\"Nothing is agreed until everything is agreed,\" a government negotiator said."),
        "reaction": (
            "Civil society groups called for women and displaced communities to be included in the negotiations.",
            "Opposition politicians criticised the government for negotiating with armed groups.",
            "Fighting continued in parts of {admin1} even as the talks took place, residents said."),
    },
    "agreement": {
        "headline": (
            "{Adj} government and {group_hd} agree ceasefire for {admin1}",
            "Truce agreed in {country_short}'s {admin1} to let aid in",
            "Warring sides sign deal to end fighting around {town}",
            "Ceasefire deal reached for {town}, mediators say"),
        "standfirst": (
            "The truce is due to take effect on {future_wd}",
            "Mediators said both sides had agreed to allow aid convoys through",
            "A joint committee will monitor the ceasefire"),
        "lede": (
            "The {adj} government and {group} agreed {ev_day} to a {truce_days}-day ceasefire in and around {town} to allow aid to reach civilians, {mediator} said {rep_day}.",
            "{Gov} and {group} signed an agreement {ev_day} to end fighting in {admin1} {akind} and exchange prisoners, {spox_org} said {rep_day}.",
            "Warring parties in {country_short} have agreed to a truce around {town}, due to take effect on {future_wd}, {mediator} said {rep_day}.",
            "A ceasefire between {gov} and {group} in {admin1} {akind} was agreed {ev_day} after talks in {hub}, {mediator} said {rep_day}."),
        "detail": (
            "Under the agreement, both sides will withdraw heavy weapons from the town and allow humanitarian convoys to pass.",
            "The deal also provides for the exchange of {captured} prisoners held by each side, according to the text seen by {agency_ref}.",
            "A joint committee will monitor the ceasefire and report violations to the mediators.",
            "Previous truces in the area collapsed within days, with each side accusing the other of violations.",
            "The agreement was signed by military commanders from both sides in the presence of mediators.",
            "Aid agencies said trucks loaded with food and medicine were waiting in {town2} to move once the truce begins."),
        "quote": (
            "\"This agreement must be respected by everyone. Civilians have suffered enough,\" {spox} said.",
            "\"We accepted the truce out of concern for the people, but we will respond to any attack,\" a commander of {group} said.",
            "\"The next 72 hours will show whether the parties are serious,\" a diplomat told {agency_ref}.",
            "\"We want to go home and plant before the rains,\" a displaced farmer in {town2} said."),
        "reaction": (
            "The United Nations welcomed the agreement and called on both sides to implement it fully.",
            "Residents of {town} said they hoped the truce would allow them to return to their farms.",
            "Analysts cautioned that hardliners on both sides opposed the deal."),
    },
    "aid": {
        "headline": (
            "Aid convoy reaches {town} after weeks of blockade",
            "{Aid_org_hd} delivers food to {admin1} as needs rise",
            "First aid in weeks arrives in {country_short}'s {admin1}",
            "Food aid reaches displaced families near {town}"),
        "standfirst": (
            "The food is enough to feed tens of thousands of people for a month",
            "A second convoy is expected next week",
            "Aid workers warn of rising malnutrition"),
        "lede": (
            "{Aid_org} said {rep_day} it had delivered {tons} metric tons of food to {town} in {admin1} {akind}, the first convoy to reach the area in weeks.",
            "A convoy of {trucks} trucks carrying food and medicine reached {town} {ev_day}, {aid_org} said {rep_day}.",
            "{Aid_org} began distributing food and medical supplies to displaced families {loc} {ev_day}, a spokesperson said {rep_day}.",
            "Aid workers delivered food, water and medicine {loc} {ev_day}, {aid_org} said {rep_day}, after weeks in which fighting had cut the road."),
        "detail": (
            "The supplies include wheat, split peas, vegetable oil and nutritional supplements for children under five.",
            "The food is enough to feed about {fed} people for one month, according to the agency.",
            "The convoy had been held up for several weeks on the road from {town2} because of insecurity.",
            "A second convoy is scheduled to leave {town2} for {admin1} {akind} next week, the agency said.",
            "Health workers said cases of malnutrition among children had risen sharply in recent months.",
            "Mobile clinics set up near the distribution point treated hundreds of patients for malaria and diarrhoea.",
            "Families queued from before dawn to collect rations at a school used as a distribution centre."),
        "quote": (
            "\"This delivery is a lifeline for families who have run out of food,\" said {aid_spox}, a spokesperson for {aid_org}.",
            "\"We urge all parties to allow safe passage so that we can keep assistance moving,\" said {aid_spox}, who coordinates the response for {aid_org}.",
            "\"We had eaten nothing but leaves for a week,\" a mother of five at the distribution point told {agency_ref}.",
            "\"It is not enough, but it will help us survive until the harvest,\" a village chief near {town} said."),
        "reaction": (
            "Aid agencies say funding for the humanitarian response in {country_short} covers less than half of what is needed.",
            "The government thanked the agencies and promised to guarantee the safety of convoys.",
            "Local officials said thousands more people in remote villages had not yet been reached."),
    },
    "threat": {
        "headline": (
            "{Adj} authorities given {hours_ult}-hour ultimatum by {group_hd}",
            "Armed group warns of attacks in {admin1} unless commander is freed",
            "Ultimatum raises tension in {town}",
            "{Adj} government warns {group_hd} to disarm or face offensive"),
        "standfirst": (
            "The group threatened to close a main road and an oil facility",
            "The authorities have not commented on the ultimatum",
            "Elders are trying to mediate between the two sides"),
        "lede": (
            "{Group_cap} gave the {adj} authorities {hours_ult} hours {ev_day} to release one of its commanders, threatening to block the main road through {town}, {spox_org} said {rep_day}.",
            "{Group_cap} threatened {ev_day} to attack government positions in {admin1} {akind} unless troops withdraw from {town}, according to a statement seen by {agency_ref} {rep_day}.",
            "{Gov} warned {group} {ev_day} that a military operation would be launched {loc} if the group did not lay down its arms, {spox_org} said {rep_day}.",
            "The {adj} authorities were given an ultimatum {ev_day} by {group}, which threatened to close roads {loc} unless detained members were freed, {spox_org} said {rep_day}."),
        "detail": (
            "Dozens of armed men in pickup trucks were seen gathering on the outskirts of {town} on {rep_wd} afternoon, residents said.",
            "Tribal and community elders travelled to {capital} to mediate, and talks were expected on {future_wd}.",
            "The commander was detained at a checkpoint in {town2} on {prev_wd}, according to a security source.",
            "Previous standoffs in the area ended in deadly clashes that forced families to flee.",
            "The road through {town} is the main supply route for fuel and food to {town2}.",
            "Several shops closed early and parents kept children home from school, residents said."),
        "quote": (
            "\"We do not want bloodshed, but we will not stay silent,\" a spokesman for {group} said in a video statement.",
            "\"The state will not bow to blackmail,\" {spox} said.",
            "\"Everyone is afraid. People are buying food and fuel in case the road is closed,\" a resident of {town} told {agency_ref}.",
            "\"Time is running out for those who carry weapons against the state,\" {spox} said."),
        "reaction": (
            "The interior ministry did not respond to requests for comment.",
            "Local lawmakers called on both sides to resolve the dispute through dialogue.",
            "The United Nations mission urged restraint and offered to facilitate talks."),
    },
    "accusation": {
        "headline": (
            "{Adj} government accuses {group_hd} of attack on civilians",
            "Villagers killed near {town}; officials blame {group_hd}",
            "{Country_short} blames {group_hd} for {town} violence",
            "Officials accuse {group_hd} of burning homes in {admin1}"),
        "standfirst": (
            "The accused side rejected the charge",
            "Officials said they had evidence of the group's involvement",
            "Survivors fled to nearby towns"),
        "lede": (
            "{Gov} accused {group} {rep_day} of attacking villages {loc} {ev_day}, killing {dead} civilians.",
            "{Spox_org} said {rep_day} that {group} was responsible for an attack {loc} {ev_day} in which {dead} people died.",
            "Officials in {admin1} {akind} blamed {group} {rep_day} for burning houses and killing {dead} people in and around {town} {ev_day}.",
            "{Group_cap} carried out a deadly raid {loc} {ev_day}, {spox_org} charged {rep_day}, saying {dead} people were killed."),
        "detail": (
            "Survivors said the attackers arrived on motorcycles early in the morning and set fire to about {huts} houses.",
            "The local authorities said {missing} people were still missing, and several thousand had fled towards {town2}.",
            "The statement said the group had violated its earlier commitments to stop attacks on civilians.",
            "Independent verification was not possible because telephone networks in the area were cut.",
            "Officials said they had collected witness testimony and photographs that pointed to the group."),
        "quote": (
            "\"These criminals must answer for what they have done,\" {spox} said.",
            "\"We buried {dead_n_word} people. Among them were women and a baby,\" a local official told {agency_ref}.",
            "\"We call on the international community to condemn this massacre,\" {spox_short} said.",
            "\"They burned the granaries so that nobody could come back,\" a survivor said."),
        "reaction": (
            "{Group_cap} rejected the accusation and said it had no fighters in the area.",
            "The United Nations mission said it had sent a patrol to the area and opened an inquiry.",
            "Rights groups urged both sides to allow investigators access to the area."),
    },
    "denial": {
        "headline": (
            "{Town} attack was not our doing, says {group_hd}",
            "{Adj} army denies shelling village near {town}",
            "Armed group rejects blame for deadly attack in {admin1}",
            "Denials and accusations after {town} killings"),
        "standfirst": (
            "The group said it had no fighters in the area",
            "Local officials said the attack killed several people",
            "Each side blamed the other"),
        "lede": (
            "{Group_cap} denied {rep_day} attacking a village {loc} where local officials said {dead} civilians were killed {ev_day}, and blamed government-allied forces for the killings.",
            "{Gov} denied {rep_day} that troops had shelled a market {loc} {ev_day}, after residents said {dead} people were killed.",
            "A spokesman for {group} said {rep_day} the group had not attacked {town} {ev_day}, rejecting accusations by the authorities.",
            "{Gov} rejected {rep_day} accusations that soldiers had killed {dead} civilians {loc} {ev_day}."),
        "detail": (
            "The local mayor said gunmen on motorcycles had stormed the village and set fire to dozens of houses.",
            "Survivors who fled to {town2} said they had recognised the attackers, according to a local aid worker.",
            "The army said its units had been deployed far from the village at the time of the attack.",
            "Independent verification was not possible because the area is difficult to reach.",
            "Photographs shared on social media showed burnt huts and bodies wrapped in mats, though their authenticity could not be confirmed."),
        "quote": (
            "\"We did not attack anyone. Our fighters were not in that area,\" a spokesman for {group} told {agency_ref} by telephone.",
            "\"These accusations are false and aim to discredit our forces,\" {spox} said.",
            "\"We know who came. They were the same men who came last year,\" a survivor told {agency_ref}.",
            "\"Let an independent commission come and see,\" {spox_short} said."),
        "reaction": (
            "Rights groups called for an independent investigation to establish who was responsible.",
            "The government said it would publish the findings of its own investigation within two weeks.",
            "The United Nations called for those responsible to be brought to justice."),
    },
    "sanction": {
        "headline": (
            "{Sanctioner_hd} sanctions {adj} individuals and businesses",
            "New sanctions target {group_hd} financing network",
            "{Sanctioner_hd} imposes sanctions over violence in {admin1}",
            "Asset freezes and travel bans over {country_short} unrest"),
        "standfirst": (
            "Their assets will be frozen",
            "The measures target people accused of fuelling the conflict",
            "The targeted people deny wrongdoing"),
        "lede": (
            "{Sanctioner} imposed sanctions {ev_day} on {targets} people and companies accused of financing {group}, officials said {rep_day}.",
            "{Sanctioner} said {rep_day} it had sanctioned {targets} {adj} individuals over their alleged role in violence in {admin1} {akind}.",
            "{Sanctioner} announced {rep_day} asset freezes and travel bans on {targets} people it accuses of supplying weapons to {group}.",
            "{Targets} {adj} businessmen and officials were hit with sanctions {ev_day} by {sanctioner}, which accused them of fuelling violence in {admin1}, officials said {rep_day}."),
        "detail": (
            "The measures freeze any assets the individuals hold under its jurisdiction and bar its citizens from doing business with them.",
            "Those targeted include a businessman based in {town} who is accused of smuggling weapons and fuel.",
            "Officials said the network had moved millions of dollars through front companies over the past two years.",
            "Previous sanctions imposed last year targeted several military commanders.",
            "Two transport companies registered in {town2} were also added to the list."),
        "quote": (
            "\"These networks put weapons in the hands of those who terrorise civilians,\" an official said in a statement.",
            "\"The sanctions are politically motivated and based on false information,\" a lawyer for one of the targeted businessmen told {agency_ref}.",
            "\"We will continue to hold accountable those who profit from the violence,\" the statement said."),
        "reaction": (
            "The {adj} foreign ministry rejected the sanctions as interference in the country's internal affairs.",
            "Rights groups welcomed the move but said more needed to be done to stop arms flows.",
            "Officials said further designations were being prepared."),
    },
    "resignation": {
        "headline": (
            "{Adj} {minister_post} resigns after deadly week in {town}",
            "{Country_short}'s {minister_post} quits amid pressure over security",
            "{Minister_post} steps down as criticism mounts",
            "Resignation shakes {country_short} government"),
        "standfirst": (
            "A successor is expected to be named within days",
            "Lawmakers had been preparing a censure motion",
            "The minister said he took political responsibility"),
        "lede": (
            "{Country_short}'s {minister_post}, {minister}, resigned {ev_day} after a week in which {dead} people were killed in attacks in {town}, the government said {rep_day}.",
            "{Minister}, the {adj} {minister_post}, stepped down {ev_day}, citing the deteriorating security situation in {admin1} {akind}, officials said {rep_day}.",
            "The {adj} {minister_post}, {minister}, submitted his resignation {ev_day} amid growing criticism over {grievance}, his office said {rep_day}.",
            "{Minister} resigned as {adj} {minister_post} {ev_day}, days after {arrested} people were arrested during unrest in {town}, the presidency said {rep_day}."),
        "detail": (
            "In a letter published on social media, the minister said he was stepping down to take political responsibility.",
            "Lawmakers had been preparing a motion of censure against him, and several parties had called for his dismissal.",
            "His successor is expected to be sworn in on {future_wd}, according to the presidency.",
            "He was the third person to hold the post in less than two years.",
            "His deputy will run the ministry on an interim basis, the government said.",
            "Opinion polls published last month showed support for the government at its lowest level since it took office."),
        "quote": (
            "\"I take full responsibility and step aside so that a new team can act,\" {minister_last} wrote.",
            "\"The resignation is late but necessary,\" an opposition lawmaker told {agency_ref}.",
            "\"Changing ministers will not solve the problem if the strategy stays the same,\" a security analyst in {capital} said."),
        "reaction": (
            "Transport unions said they would go ahead with a strike planned for {future_wd}.",
            "The president thanked the minister for his service, according to a brief statement.",
            "Opposition parties demanded a full parliamentary inquiry."),
    },
    "rally": {
        "headline": (
            "Opposition plans mass rally in {town} on {future_wd}",
            "Unions call nationwide strike for {future_wd}",
            "{Town} braces for opposition march",
            "Protest leaders announce new rally over {grievance_hd}"),
        "standfirst": (
            "Organisers expect thousands to attend",
            "Security will be tightened ahead of the event, police said",
            "The authorities have not said whether the march may go ahead"),
        "lede": (
            "Opposition parties in {country_short} said {rep_day} they would hold a mass rally in {town} on {future_wd} to protest against {grievance}.",
            "Trade unions in {country_short} called {rep_day} for a nationwide strike on {future_wd} over {grievance}.",
            "Protest leaders in {town} announced {rep_day} a march on {future_date} to demand action on {grievance}, after talks with officials broke down {ev_day}.",
            "{Activist}, a leader of the protest movement in {admin1}, said {rep_day} that supporters would gather in {town} on {future_wd} for what organisers called the biggest rally yet."),
        "detail": (
            "Organisers said they expected tens of thousands of people to attend and called on supporters to wear white.",
            "Police said they would deploy additional officers and close several roads in the town centre.",
            "Union leaders said hospitals and emergency services would continue to work during the strike.",
            "The authorities have not said whether they will allow the rally to go ahead in the town centre.",
            "Buses have been hired to bring supporters from {town2} and other towns in {admin1}, organisers said.",
            "A similar call last year brought much of {capital} to a standstill for a day."),
        "quote": (
            "\"We will march peacefully, and we expect the police to protect us,\" {activist}, one of the organisers, said.",
            "\"This strike is a warning. If we are ignored, there will be more,\" a union leader told {agency_ref}.",
            "\"Anyone who breaks the law during the rally will be held responsible,\" {spox} said."),
        "reaction": (
            "The interior ministry warned that any violence during the rally would be punished.",
            "Business groups urged the unions to call off the strike.",
            "Government officials said they remained open to dialogue."),
    },
    "meeting": {
        "headline": (
            "{Adj} authorities to hold talks with community leaders in {town}",
            "Regional leaders to meet in {hub} on {admin1} crisis",
            "Talks on {admin1} security planned for {future_wd}",
            "{Hub} to host meeting on {country_short} crisis"),
        "standfirst": (
            "Officials hope the meeting will ease tensions",
            "Several earlier meetings were postponed",
            "Displaced communities want a seat at the table"),
        "lede": (
            "Regional leaders will meet in {hub} on {future_date} to discuss the crisis in {admin1} {akind}, {mediator} said {rep_day}.",
            "{Gov} said {rep_day} that talks with community leaders would be held in {town} next week to ease tensions after unrest {ev_day}.",
            "Officials from {capital} and elders from {admin1} {akind} will meet in {town} on {future_wd} to discuss security in the area, {spox_org} said {rep_day}.",
            "{Mediator} said {rep_day} it would convene a meeting in {hub} on {future_date} on the situation in {admin1} {akind}."),
        "detail": (
            "The meeting is expected to discuss security, the return of displaced people and aid deliveries.",
            "Several earlier meetings were postponed because of disagreements over who should take part.",
            "Delegations from neighbouring countries and the United Nations have been invited, officials said.",
            "Community leaders said they would present a list of demands, including the release of detained young men.",
            "The talks come after weeks of tension in {town} and {town2}."),
        "quote": (
            "\"Dialogue is the only way to prevent more bloodshed,\" {spox} said.",
            "\"We have heard many promises before. We will judge them by their actions,\" a community leader told {agency_ref}.",
            "\"The region cannot afford another year like this one,\" a diplomat involved in preparing the meeting said."),
        "reaction": (
            "Analysts said the outcome of the meeting would depend on pressure from neighbouring states.",
            "Some community groups said they would boycott the talks.",
            "Rights groups urged participants to put the protection of civilians first."),
    },
}

# Background paragraphs come from themes; each theme offers several phrasings
# and an article uses at most one phrasing per theme.
CONFLICT_THEMES: tuple[tuple[str, ...], ...] = (
    ("In {earlier_month}, {earlier_dead} people were killed when {group} attacked {town2}, according to local officials.",
     "The latest violence follows an attack on {town2} in {earlier_month} in which {earlier_dead} people died, officials said at the time.",
     "{Earlier_dead} people were killed in {earlier_month} when gunmen stormed a market in {town2}, according to a tally by local authorities.",
     "It was the deadliest incident in the area since {earlier_month}, when {earlier_dead} people were killed near {town2}."),
    ("The United Nations says more than {displaced} people have been displaced in {admin1} {akind} since the violence began.",
     "According to UN figures, about {displaced} people have fled their homes in {admin1} {akind}, many of them to camps around {town2}.",
     "Aid agencies estimate that {displaced} people in {admin1} {akind} depend on food assistance after being driven from their farms."),
    ("Human rights groups have accused all sides in the conflict of abuses against civilians, charges they deny.",
     "Rights organisations say civilians are caught between armed groups and security forces, both of which have been accused of killings and arbitrary arrests.",
     "{Rights_group} has documented dozens of unlawful killings in {admin1} over the past year, a charge the authorities reject."),
    ("Security forces have launched several operations in {admin1} {akind} since {year0}, but attacks have continued.",
     "Successive military campaigns since {year0} have failed to end the violence in {admin1}.",
     "The government announced a new security plan for {admin1} {akind} in {earlier_month2}, promising to deploy more troops and build new bases."),
    ("Residents of {town} say insecurity has disrupted farming and trade, pushing up food prices in local markets.",
     "Traders in {town} say the roads to {town2} are often closed, and the price of a sack of maize has nearly doubled this year.",
     "Many farmers around {town} have abandoned their fields, fearing kidnapping or attack, local officials say."),
    ("Aid agencies say access to the worst-affected areas of {admin1} is limited by insecurity and poor roads.",
     "Humanitarian flights to {town} have been suspended several times this year because of fighting near the airstrip.",
     "{Aid_org} says it can reach only part of the population in need in {admin1} because of insecurity."),
    ("Local officials have repeatedly appealed to the central government in {capital} for more troops and funding.",
     "Lawmakers from {admin1} walked out of parliament in {capital} in {earlier_month2} to protest against what they called the government's neglect of the region.",
     "Community leaders in {town} say they have asked {capital} for years to build a permanent security post in the area."),
    ("Schools in several districts of {admin1} have been closed for months because of the violence, according to UNICEF.",
     "More than {schools} schools in {admin1} {akind} are closed, according to education officials, leaving tens of thousands of children without classes.",
     "Health workers in {town} say the local hospital is short of staff and medicine after several nurses fled the area."),
    ("The area is difficult to reach, and telephone networks are often cut, making it hard to verify reports independently.",
     "Journalists have limited access to {admin1}, and accounts from the area are often impossible to confirm.",
     "Mobile phone networks around {town} have been down for weeks, and news of attacks often takes days to reach {capital}."),
    ("Analysts say the violence reflects long-standing disputes over land, jobs and political representation in {admin1}.",
     "Researchers say armed groups in {admin1} recruit among unemployed young men and fund themselves through extortion and smuggling.",
     "Competition over grazing land, water and mining sites has fuelled much of the violence in the {compass} part of the country, according to analysts."),
    ("In {earlier_month2}, {earlier_arrested} people were detained in {town2} during a security sweep, according to police.",
     "Police said in {earlier_month2} that they had arrested {earlier_arrested} suspected collaborators of {group} in and around {town2}.",
     "A court in {capital} sentenced {earlier_sentenced} people to prison terms in {earlier_month2} over an attack in {admin1}."),
    ("Last week, {injured_bg} people were wounded in a separate incident near {town2}, police said at the time.",
     "{Injured_bg} people were hurt last week when a bus hit a landmine on the road between {town} and {town2}, officials said.",
     "A week ago, gunmen abducted {abducted} travellers on the highway near {town2}; their fate is unknown, according to relatives."),
)
CIVIL_THEMES: tuple[tuple[str, ...], ...] = (
    ("Inflation has eroded wages in {country_short} over the past two years, and many families struggle to pay for food and rent.",
     "The government raised fuel and electricity prices in {earlier_month2} as part of an agreement with international lenders.",
     "Unemployment among young people in {admin1} is well above the national average, according to official statistics."),
    ("In {earlier_month}, police detained {earlier_arrested} people during a rally in {town2} over similar demands.",
     "A previous protest in {town2} in {earlier_month} ended when police dispersed the crowd with tear gas.",
     "Similar demonstrations took place in {town2} and {capital} in {earlier_month}, drawing several thousand people."),
    ("Opposition parties accuse the government of ignoring the demands of ordinary people, a charge officials reject.",
     "The governing party says the protests are organised by political rivals ahead of the next elections.",
     "Government supporters held a counter-rally in {capital} in {earlier_month2}."),
    ("Rights groups say police have used excessive force against demonstrators in recent years, which the authorities deny.",
     "{Rights_group} has called on the authorities to respect the right to peaceful assembly.",
     "The national ombudsman said it had received {complaints} complaints about police conduct during protests this year."),
    ("The next general election is due in {next_year}.",
     "The government has survived two votes of no confidence in parliament since {year0}.",
     "Cabinet reshuffles have become frequent as the government struggles with falling approval ratings."),
    ("Trade unions have threatened a nationwide strike if their demands are not met.",
     "Teachers and health workers held a two-day strike in {earlier_month2} over unpaid allowances.",
     "Transport unions in {town2} staged a stoppage in {earlier_month} that paralysed public transport for a day."),
    ("Officials say the government has already increased subsidies and cannot afford further concessions.",
     "The government says it is in talks with unions and community groups and has urged people to avoid violence.",
     "A government minister said last month that reforms would take time to show results."),
    ("Local officials in {admin1} say crime has risen as the economy has slowed.",
     "Business owners in {town} say extortion and theft have forced several shops to close this year.",
     "Police in {admin1} {akind} recorded a sharp rise in armed robberies last year, according to official data."),
)
FUTURE_BACKGROUND = (
    "A new round of talks, hosted by {mediator}, is expected in {hub} on {future_date}.",
    "Officials said a security meeting would be held in {capital} on {future_wd} to review the situation.",
    "Parliament is due to debate the situation in {admin1} {akind} next week.",
    "A delegation of the African Union and the United Nations is due to visit {capital} later this month.",
    "Community leaders plan to meet in {town2} on {future_wd} to discuss the return of displaced families.",
    "The governor of {admin1} is due to visit {town} on {future_wd}, his office said.",
)
SECONDARY = (
    "Separately, {police} arrested {sec_arrested} suspects in {town2} on {prev_wd} and seized weapons and ammunition, officials said.",
    "In a separate incident, {sec_dead} people were killed when gunmen opened fire on a bus near {town2} on {prev_wd}, police said.",
    "Elsewhere in {admin1} {akind}, a roadside bomb damaged a military vehicle on {prev_wd}, but no one was hurt, the army said.",
    "On {prev_wd}, hundreds of residents of {town2} protested against insecurity and blocked the main road for several hours.",
    "On {prev_wd}, {aid_org} said it had suspended operations in parts of {admin1} after one of its vehicles was attacked.",
)
CIVIL_SECONDARY = (
    "Separately, police in {town2} detained {sec_arrested} people on {prev_wd} after a scuffle outside the regional government offices.",
    "On {prev_wd}, several hundred students marched in {town2} in support of the demands, witnesses said.",
    "Also in {admin1}, a court on {prev_wd} released {sec_arrested} activists who had been held since a protest last month.",
)
WITNESSES = (
    "\"We ran with the children into the bush and waited until the shooting stopped,\" said {witness_name}, a farmer from a village near {town}.",
    "\"Nobody is protecting us. Every month there is something new,\" {witness_name}, a trader in {town}, told {agency_ref}.",
    "\"We are afraid to go to our fields. We do not know who will come next,\" said {witness_name}, who fled to {town2} with her four children.",
    "\"The hospital was full. People were lying on the floor in the corridors,\" said {witness_name}, a nurse in {town}.",
    "\"I have lived here all my life and I have never seen it this bad,\" said {witness_name}, a retired teacher in {town}.",
)
VERIFY = {
    "Reuters": "Reuters could not independently verify the casualty figures.",
    "AFP": "AFP was unable to verify the accounts independently.",
    "AP": "The figures could not be independently confirmed by The Associated Press.",
    "VOA": "VOA could not independently confirm the casualty figures.",
    "dpa": "The information could not be independently verified.",
    "UPI": "The figures could not be independently verified.",
}

AID_ORGS = ("the World Food Programme", "UNICEF",
            "the International Committee of the Red Cross",
            "Doctors Without Borders (MSF)", "the UN refugee agency UNHCR",
            "the International Organization for Migration")
MEDIATORS = ("Qatari mediators", "the African Union", "Norway's foreign ministry",
             "Saudi and U.S. mediators", "the United Nations envoy",
             "Turkish mediators", "the regional bloc IGAD")
HUBS = ("Doha", "Addis Ababa", "Nairobi", "Geneva", "Jeddah", "Luanda",
        "Istanbul", "Kuala Lumpur", "Havana", "Caracas", "Oslo", "Cairo")
SANCTIONERS = ("the U.S. Treasury Department", "the European Union",
               "the British government",
               "the UN Security Council's sanctions committee", "Canada")
RIGHTS_GROUPS = ("Amnesty International", "Human Rights Watch",
                 "A local human rights group", "The national human rights commission")
GRIEVANCES = ("rising fuel prices", "water shortages", "power cuts",
              "unpaid salaries", "insecurity and kidnappings",
              "a disputed election result", "a planned mining project",
              "new taxes", "the arrest of an opposition leader",
              "police violence", "the cost of living")
PROTESTERS = ("hundreds of students", "thousands of opposition supporters",
              "several hundred traders", "teachers and health workers",
              "hundreds of residents", "thousands of farmers",
              "motorcycle taxi drivers")
TARGETS = ("a police station", "an army base", "a government building",
           "a church", "a mosque", "a polling station")
MINISTER_POSTS = ("interior minister", "defence minister",
                  "minister of public security", "justice minister")
RANKS = ("Major", "Colonel", "Lieutenant-Colonel", "Captain", "Brigadier")
VICTIMS = ("soldiers", "police officers", "civilians",
           "members of a local militia", "election workers")
ORDINALS = ("second", "third", "fourth", "fifth")
CIVIL_COUNTRIES = {"Bangladesh", "Sri Lanka", "Georgia", "Peru", "Mexico"}


# --------------------------------------------------------------------------
# Helpers.
# --------------------------------------------------------------------------


def number_words(n: int) -> str:
    """Spell out a non-negative integer below 1,000 in English words.

    Args:
        n: the number, 0 <= n < 1000.

    Returns:
        The number in words, e.g. 42 -> "forty-two".
    """
    if n < 20:
        return _UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS[tens] + ("-" + _UNITS[unit] if unit else "")
    hundreds, rest = divmod(n, 100)
    head = _UNITS[hundreds] + " hundred"
    return head + (" and " + number_words(rest) if rest else "")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _count(rng: random.Random, low: int, high: int) -> tuple[int, str]:
    """Draw a count and phrase it as a wire reporter might.

    The phrase precedes a plural noun: "at least 12", "dozens of",
    "several", "two dozen", "nine".
    """
    n = rng.randint(low, high)
    r = rng.random()
    if n == 12 and r < 0.5:
        return n, rng.choice(("a dozen", "about a dozen", "at least a dozen"))
    if n == 24 and r < 0.5:
        return n, rng.choice(("two dozen", "some two dozen"))
    if 3 <= n <= 7 and r < 0.15:
        return n, "several"
    if n >= 25 and r < 0.12:
        return n, "dozens of"
    if r < 0.35:
        return n, "at least " + (number_words(n) if n < 20 and r < 0.2 else str(n))
    if r < 0.55 and n < 100:
        return n, number_words(n)
    if r < 0.65 and n >= 10:
        return n, rng.choice(("about ", "nearly ", "more than ")) + str(n)
    return n, str(n)


def _person(rng: random.Random, region: str) -> tuple[str, str]:
    first, last = NAMES[region]
    surname = rng.choice(last)
    return f"{rng.choice(first)} {surname}", surname


def _place_phrase(rng: random.Random, town: str, admin1: str, akind: str,
                  compass: str, country: str) -> str:
    forms = (
        f"near the town of {town} in {compass} {admin1} {akind}",
        f"in the town of {town} in {admin1} {akind}",
        f"in {town}, in {country}'s {compass} {admin1} {akind}",
        f"on the outskirts of {town} in {admin1} {akind}",
        f"in the {town} area of {admin1} {akind}",
        f"in a village near {town}, in {admin1} {akind}",
    )
    return rng.choice(forms)


def _agency_ref(agency: str, outlet: str) -> str:
    return {"AP": "The Associated Press", "Anadolu": "Anadolu",
            "byline": outlet}.get(agency, agency)


def _month(day: dt.date, published: dt.date) -> str:
    name = MONTHS[day.month - 1]
    return name if day.year == published.year else f"{name} {day.year}"


def _spokesperson(rng: random.Random, country: dict, admin1: str, akind: str,
                  name: str) -> tuple[str, str]:
    """A spokesperson with title (no commas, so it reads in any position),
    and how the lede names the source of the news."""
    kind = rng.randrange(4)
    if kind == 0:
        rank = rng.choice(RANKS)
        spox = f"army spokesperson {rank} {name}"
        org = rng.choice(("the army", "the military", spox))
    elif kind == 1:
        spox = f"police spokesperson {name}"
        org = rng.choice(("police", spox))
    elif kind == 2:
        spox = f"{admin1} {akind} government spokesperson {name}"
        org = rng.choice((f"the {admin1} {akind} government", "a local official",
                          "local officials", spox))
    else:
        spox = f"{country['adj']} interior ministry spokesperson {name}"
        org = rng.choice(("the interior ministry", "security sources",
                          "a security source", spox))
    return spox, org


def _slots(rng: random.Random, country: dict, agency: str, outlet: str,
           published: dt.date) -> dict[str, str]:
    """Draw every slot value one article may need."""
    places = country["places"]
    town, admin1, akind, compass = rng.choice(places)
    town2 = rng.choice([p[0] for p in places if p[0] != town] or [town])
    cname = country.get("short", country["name"])
    region = country["names"]
    plain_days = agency in ("AP", "AFP", "UPI")  # "said Tuesday"
    offset = rng.choice((0, 0, 1, 1, 1, 2))
    ev = published - dt.timedelta(days=offset)
    ev_wd = WEEKDAYS[ev.weekday()]
    rep_wd = WEEKDAYS[published.weekday()]
    if offset == 0:
        ev_day = rng.choice((f"on {rep_wd}", f"early on {rep_wd}",
                             f"on {rep_wd} morning"))
    else:
        ev_day = rng.choice((f"on {ev_wd}", f"late on {ev_wd}",
                             f"on {ev_wd} evening", f"on {ev_wd} night"))
    if plain_days and ev_day == f"on {ev_wd}":
        ev_day = ev_wd
    rep_day = rep_wd if plain_days else f"on {rep_wd}"
    future = published + dt.timedelta(days=rng.randint(2, 6))
    future_far = published + dt.timedelta(days=rng.randint(9, 40))
    prev = published - dt.timedelta(days=rng.randint(offset + 1, offset + 3))
    earlier = published - dt.timedelta(days=rng.randint(35, 300))
    earlier2 = published - dt.timedelta(days=rng.randint(35, 300))

    spox_name, spox_last = _person(rng, region)
    spox, spox_org = _spokesperson(rng, country, admin1, akind, spox_name)
    killed_n, killed = _count(rng, 4, 40)
    dead_n, dead = _count(rng, 3, 30)
    inj_n, injured = _count(rng, 2, 45)
    arr_n, arrested = _count(rng, 5, 60)
    sold_n, soldiers_dead = _count(rng, 2, 9)
    group = rng.choice(country["groups"])
    group_short = group[4:] if group.startswith("the ") else group
    aid_org = rng.choice(AID_ORGS)
    protesters = rng.choice(PROTESTERS)
    target = rng.choice(TARGETS)
    minister, minister_last = _person(rng, region)
    crowd_low = rng.choice((2000, 3000, 4000, 5000, 8000))
    sanctioner = rng.choice(SANCTIONERS)
    slots = {
        "town": town, "town2": town2, "admin1": admin1, "akind": akind,
        "compass": compass,
        "country": country["name"], "country_short": cname,
        "adj": country["adj"], "capital": country["capital"],
        "loc": _place_phrase(rng, town, admin1, akind, compass, cname),
        "gov": rng.choice((country["army"][0], f"the {country['adj']} government",
                           country["army"][0])),
        "troops": rng.choice(country["army"][1:]),
        "air": country["air"],
        "police": rng.choice((f"police in {town}", country["police"])),
        "group": group, "group_hd": group_short.split(" (")[0],
        "group_cap": _cap(group),
        "ev_day": ev_day, "rep_day": rep_day, "rep_wd": rep_wd,
        "prev_wd": WEEKDAYS[prev.weekday()],
        "future_wd": WEEKDAYS[future.weekday()],
        "future_date": f"{MONTHS[future_far.month - 1]} {future_far.day}",
        "earlier_month": _month(earlier, published),
        "earlier_month2": _month(earlier2, published),
        "year0": str(published.year - rng.randint(2, 9)),
        "next_year": str(published.year + rng.randint(1, 2)),
        "killed": killed, "killed_hd": str(killed_n),
        "dead": dead, "dead_hd": str(dead_n), "dead_n_word": number_words(dead_n),
        "injured": injured, "injured_hd": str(inj_n),
        "arrested": arrested, "arrested_hd": str(arr_n),
        "soldiers_dead": soldiers_dead, "soldiers_hd": str(sold_n),
        "children": number_words(rng.randint(2, 6)),
        "captured": _count(rng, 2, 15)[1],
        "strikes": number_words(rng.randint(2, 6)),
        "hours": number_words(rng.randint(2, 5)),
        "hours_ult": str(rng.choice((24, 48, 72))),
        "attack_hour": rng.choice(("midnight", "dawn", "dusk", "2 a.m.",
                                   "10 p.m.", "evening prayers")),
        "guns": str(rng.randint(3, 25)), "shells": str(rng.randint(10, 40)),
        "kilos": number_words(rng.randint(4, 12)),
        "vehicles": str(rng.randint(12, 60)),
        "cash": rng.choice(("$12,000", "$40,000", "5,000 euros", "$3,500")),
        "age_max": str(rng.randint(28, 45)),
        "warrants": str(arr_n + rng.randint(1, 6)),
        "truce_days": rng.choice(("three", "seven", "five", "10")),
        "tons": f"{rng.randint(4, 30) * 100:,}", "trucks": str(rng.randint(8, 45)),
        "fed": f"{rng.randint(20, 150) * 1000:,}",
        "huts": str(rng.randint(15, 80)), "missing": number_words(rng.randint(3, 15)),
        "targets": number_words(rng.randint(3, 9)),
        "crowd_low": f"{crowd_low:,}",
        "crowd_high": f"{crowd_low * rng.randint(2, 4):,}",
        "crowd": rng.choice(("Thousands of", "Several thousand", "Hundreds of",
                             f"About {crowd_low:,}")),
        "victims": rng.choice(VICTIMS),
        "ordinal": rng.choice(ORDINALS),
        "displaced": f"{rng.randint(50, 900) * 1000:,}",
        "schools": str(rng.randint(4, 60) * 10),
        "complaints": str(rng.randint(30, 400)),
        "earlier_dead": _count(rng, 4, 35)[1],
        "earlier_arrested": str(rng.randint(6, 80)),
        "earlier_sentenced": number_words(rng.randint(3, 14)),
        "injured_bg": number_words(rng.randint(2, 11)),
        "abducted": number_words(rng.randint(3, 17)),
        "sec_arrested": number_words(rng.randint(2, 9)),
        "sec_dead": _count(rng, 2, 9)[1],
        "spox": spox, "spox_short": spox_last, "spox_org": spox_org,
        "witness_src": rng.choice((f"a resident of {town}", "local residents",
                                   "a local community leader", "medical sources")),
        "witness_name": _person(rng, region)[0],
        "agency_ref": _agency_ref(agency, outlet),
        "activist": _person(rng, region)[0],
        "aid_spox": _person(rng, region)[0],
        "minister": minister, "minister_last": minister_last,
        "minister_post": rng.choice(MINISTER_POSTS),
        "aid_org": aid_org,
        "aid_org_hd": aid_org.replace("the ", "", 1).split(" (")[0],
        "mediator": rng.choice(MEDIATORS), "hub": rng.choice(HUBS),
        "sanctioner": sanctioner,
        "sanctioner_hd": sanctioner.replace("the ", "", 1),
        "rights_group": rng.choice(RIGHTS_GROUPS),
        "grievance": rng.choice(GRIEVANCES),
        "grievance_hd": rng.choice(GRIEVANCES),
        "protesters": protesters,
        "target": target,
        "target_hd": target.split(" ", 1)[1],
    }
    slots["grievance_hd"] = slots["grievance"]
    for key, value in list(slots.items()):
        slots[_cap(key)] = _cap(value)
    return slots


# --------------------------------------------------------------------------
# Wire layouts.
# --------------------------------------------------------------------------


def _title_city(city: str) -> str:
    """Title-case an upper-case dateline city: PORT-AU-PRINCE -> Port-au-Prince."""
    parts = re.split(r"([ -])", city.lower())
    small = {"au", "de", "la", "el", "es", "da"}
    return "".join(p if (p in small and i) else p.capitalize()
                   for i, p in enumerate(parts))


def _clock(rng: random.Random) -> str:
    hour, minute = rng.randint(6, 22), rng.randrange(60)
    suffix = "AM" if hour < 12 else "PM"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {suffix}"


def _codes(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTV"
    return " ".join("".join(rng.choice(letters) for _ in range(2))
                    for _ in range(2))


def _layout(rng: random.Random, agency: str, outlet: str, country: dict,
            published: dt.date, headline: str, standfirst: str | None,
            body: list[str], slots: dict[str, str]) -> str:
    """Lay out one article in the house style of `agency`."""
    city = rng.choice(country["datelines"])
    cname = country.get("short", country["name"])
    month, day, year = published.month, published.day, published.year
    name, _ = _person(rng, "wire")
    name2, _ = _person(rng, "wire")
    first, rest = body[0], list(body[1:])
    head: list[str] = [headline]
    tail: list[str] = []
    if agency == "TASS":
        head = ["All news", headline, standfirst or _cap(slots["spox_org"]) + " reported"]
        first = f"{city}, {MONTHS[month - 1]} {day}. /TASS/. {first}"
    elif agency == "Reuters":
        if rng.random() < 0.2:
            city += "/" + rng.choice(("NAIROBI", "DUBAI", "LONDON", "JOHANNESBURG"))
        first = f"{city}, {MONTHS_REUTERS[month - 1]} {day} (Reuters) - {first}"
        tail = [f"(Reporting by {name}; Editing by {name2})"]
    elif agency == "AP":
        head.append(f"By {name.upper()} Associated Press\n"
                    f"Updated {_clock(rng)} UTC, {MONTHS[month - 1]} {day}, {year}")
        first = f"{city}, {cname} (AP) — {first}"
        if rng.random() < 0.5:
            tail = [f"Associated Press writer {name2} in {rng.choice(HUBS)} "
                    "contributed to this report."]
    elif agency == "AFP":
        head.append(f"Published {MONTHS_PTI[month - 1]} {day}, {year}, {_clock(rng)} GMT")
        first = f"{_title_city(city)} (AFP) - {first}"
    elif agency == "Xinhua":
        first = f"{city}, {MONTHS_AP[month - 1]} {day} (Xinhua) -- {first}"
        if rest:
            rest[-1] += " Enditem"
    elif agency == "UPI":
        head.append(f"By {name}")
        first = f"{MONTHS_AP[month - 1]} {day} (UPI) -- {first}"
    elif agency == "Anadolu":
        stamp = f"{day:02d}.{month:02d}.{year}"
        if standfirst:
            head.append(standfirst)
        head.append(f"{name}   |{stamp} - Update : {stamp}")
        first = f"{city}, {cname} (AA) - {first}"
    elif agency == "VOA":
        head.append(f"By {name}\n{MONTHS[month - 1]} {day:02d}, {year} {_clock(rng)}")
        where = city if city == country["datelines"][0] else f"{city}, {cname.upper()}"
        first = f"{where} — {first}"
    elif agency == "dpa":
        head.append(f"{MONTHS[month - 1]} {day}, {year}, {_clock(rng).lower()}")
        first = f"{_title_city(city)} (dpa) - {first}"
    elif agency == "PTI":
        first = f"{_title_city(city)}, {MONTHS_PTI[month - 1]} {day} (PTI) {first}"
        tail = [f"PTI COR {_codes(rng)}"]
    elif agency == "ANI":
        first = (f"{slots['town']} ({slots['admin1']}) [{country['name']}], "
                 f"{MONTHS[month - 1]} {day} (ANI): {first}")
        if rest:
            rest[-1] += " (ANI)"
    else:  # an outlet with no dateline; the date is in the byline
        head = [f"{outlet.upper()} | {rng.choice(SECTIONS)}", headline]
        if standfirst:
            head.append(standfirst)
        head.append(f"By {_person(rng, country['names'])[0]} | "
                    f"{MONTHS[month - 1]} {day}, {year}")
    if agency in ("Reuters", "AP", "AFP", "VOA", "dpa") and standfirst \
            and rng.random() < 0.4:
        head.insert(1, standfirst)
    return "\n\n".join(head + [first] + rest + tail) + "\n"


# --------------------------------------------------------------------------
# Assembly.
# --------------------------------------------------------------------------


def _words(text: str) -> int:
    return len(text.split())


def _pick_agency(rng: random.Random, country: dict) -> str:
    names = [a for a in AGENCIES
             if (a != "PTI" or country["name"] in SOUTH_ASIA)
             and (a != "ANI" or country["name"] == "India")]
    weights = [AGENCY_WEIGHTS[a] * (3 if a == "ANI" else 1) for a in names]
    return rng.choices(names, weights=weights)[0]


def _body(rng: random.Random, kind: str, civil: bool, country: dict,
          agency: str, slots: dict[str, str]) -> tuple[list[str], list[str]]:
    """The story paragraphs (lede first), before any background, and a
    reserve of unused paragraphs to lengthen a story that came out short."""
    spec = KINDS[kind]
    pool = rng.sample(spec["detail"], k=len(spec["detail"]))
    take = rng.randint(3, min(6, len(pool)))
    details = [t.format_map(slots) for t in pool[:take]]
    secondary = rng.sample(CIVIL_SECONDARY if civil else SECONDARY,
                           k=len(CIVIL_SECONDARY if civil else SECONDARY))
    reserve = [t.format_map(slots) for t in pool[take:] + secondary[1:]]
    extras = [t.format_map(slots) for t in rng.sample(spec["quote"], k=rng.randint(1, 2))]
    extras += [t.format_map(slots) for t in rng.sample(spec["reaction"], k=rng.randint(1, 2))]
    if not civil and rng.random() < 0.5:
        extras.append(rng.choice(WITNESSES).format_map(slots))
    core: list[str] = []
    while details:
        take = rng.randint(1, 2)
        core.append(" ".join(details[:take]))
        details = details[take:]
    for paragraph in extras:
        core.insert(rng.randint(1, len(core)), paragraph)
    if kind in VIOLENT and agency in VERIFY and rng.random() < 0.6:
        core.insert(rng.randint(1, len(core)), VERIFY[agency])
    body = _introduce_spokesperson([rng.choice(spec["lede"]).format_map(slots)] + core, slots)
    if rng.random() < 0.6:
        body.append(secondary[0].format_map(slots))
    else:
        reserve.append(secondary[0].format_map(slots))
    return body, reserve


def _introduce_spokesperson(paragraphs: list[str], slots: dict[str, str]) -> list[str]:
    """Give the spokesperson's title and full name at the first mention:
    a bare surname ("Danjuma said") must not come before the full form."""
    full, last = slots["spox"], slots["spox_short"]
    bare = re.compile(rf"\b{re.escape(last)}\b")
    for i, paragraph in enumerate(paragraphs):
        if full in paragraph:
            break
        match = bare.search(paragraph)
        if match:
            start = match.start()
            at_start = start == 0 or paragraph[:start].endswith(". ")
            name = _cap(full) if at_start else full
            paragraphs[i] = paragraph[:start] + name + paragraph[match.end():]
            break
    return paragraphs


def _background(rng: random.Random, country: dict, civil: bool,
                slots: dict[str, str], budget: int) -> list[str]:
    """Background paragraphs of about `budget` words, themes in random order."""
    sentences = list(country["background"])
    themes = CIVIL_THEMES if civil else CONFLICT_THEMES
    sentences += [rng.choice(theme).format_map(slots)
                  for theme in rng.sample(themes, k=len(themes))]
    rng.shuffle(sentences)
    paragraphs: list[str] = []
    used = 0
    while used < budget and sentences:
        take = min(len(sentences), rng.randint(1, 3))
        paragraph = " ".join(sentences[:take])
        sentences = sentences[take:]
        paragraphs.append(paragraph)
        used += _words(paragraph)
    return paragraphs


def _article(index: int, seed: int) -> dict[str, str]:
    rng = random.Random(f"eventwire-bench:{seed}:{index}")
    country = rng.choice(COUNTRIES)
    civil = country["name"] in CIVIL_COUNTRIES
    kind = rng.choice(country.get("kinds", CONFLICT))
    agency = _pick_agency(rng, country)
    outlet = rng.choice(BYLINE_OUTLETS)
    published = FIRST_DAY + dt.timedelta(
        days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    slots = _slots(rng, country, agency, outlet, published)
    spec = KINDS[kind]

    headline = _cap(rng.choice(spec["headline"]).format_map(slots))
    standfirst = None
    if agency in ("TASS", "Anadolu") or rng.random() < 0.35:
        standfirst = rng.choice(spec["standfirst"]).format_map(slots)
    body, reserve = _body(rng, kind, civil, country, agency, slots)
    target = rng.randint(MIN_WORDS + 40, MAX_WORDS - 60)
    budget = target - _words(headline) - sum(_words(p) for p in body) - 30
    body += _background(rng, country, civil, slots, budget)
    future = rng.choice(FUTURE_BACKGROUND).format_map(slots)
    if rng.random() < 0.6:
        body.append(future)
    else:
        reserve.append(future)

    layout_seed = f"eventwire-bench-layout:{seed}:{index}"

    def lay_out() -> str:
        return _layout(random.Random(layout_seed), agency, outlet, country,
                       published, headline, standfirst, body, slots)

    text = lay_out()
    # Keep every article within MIN_WORDS..MAX_WORDS: trim background from
    # the end, or top up from the reserve just before the last paragraph.
    while _words(text) > MAX_WORDS and len(body) > 4:
        body.pop(-2)
        text = lay_out()
    while _words(text) < MIN_WORDS + 10 and reserve:
        body.insert(len(body) - 1, reserve.pop())
        text = lay_out()
    source = outlet if agency == "byline" else agency
    return {"id": f"bench-{seed}-{index:05d}", "title": headline, "text": text,
            "published": published.isoformat(), "source": source}


def generate_corpus(n: int = 1000, seed: int = 7) -> Iterator[dict]:
    """Yield `n` synthetic wire articles, deterministic for `seed`.

    Args:
        n: how many articles to generate.
        seed: the corpus seed; article `i` depends only on `(seed, i)`.

    Returns:
        An iterator of dicts with keys `id`, `title`, `text`, `published`
        (YYYY-MM-DD) and `source`, each text 300-800 words long.

    Raises:
        ValueError: if `n` is negative.
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    for index in range(n):
        yield _article(index, seed)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def write_jsonl(articles: Iterable[dict], path: Path) -> int:
    """Write articles as JSON Lines, one object per line.

    Returns:
        The number of articles written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for article in articles:
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
            count += 1
    return count


def write_txt_dir(articles: Iterable[dict], directory: Path) -> int:
    """Write each article's wire text to its own `.txt` file in `directory`.

    Files are named `<published>_<source>_<index>.txt`.

    Returns:
        The number of files written.
    """
    directory.mkdir(parents=True, exist_ok=True)
    count = 0
    for article in articles:
        index = article["id"].rsplit("-", 1)[-1]
        name = f"{article['published']}_{_slug(article['source'])}_{index}.txt"
        (directory / name).write_text(article["text"], encoding="utf-8")
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    """Command line: write a synthetic corpus as JSONL and/or `.txt` files.

    Args:
        argv: arguments without the program name; `sys.argv[1:]` if None.

    Returns:
        The exit status: 0 on success (argparse exits with 2 on bad usage).
    """
    parser = argparse.ArgumentParser(
        prog="python -m eventwire.bench_corpus",
        description="Generate a synthetic wire-article corpus for benchmarks.")
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("output", nargs="?", type=Path,
                        help="JSONL file to write ('-' for standard output)")
    parser.add_argument("--seed", type=int, default=7,
                        help="corpus seed (default: 7)")
    parser.add_argument("--txt-dir", type=Path, default=None,
                        help="also write one .txt wire file per article here")
    args = parser.parse_args(argv)
    if args.output is None and args.txt_dir is None:
        parser.error("give an OUTPUT file, --txt-dir DIR, or both")
    if args.n < 0:
        parser.error("n must be >= 0")
    start = time.perf_counter()
    articles = list(generate_corpus(args.n, args.seed))
    elapsed = time.perf_counter() - start
    if args.output is not None:
        if str(args.output) == "-":
            for article in articles:
                sys.stdout.write(json.dumps(article, ensure_ascii=False) + "\n")
        else:
            write_jsonl(articles, args.output)
    if args.txt_dir is not None:
        write_txt_dir(articles, args.txt_dir)
    words = sum(_words(a["text"]) for a in articles)
    print(f"generated {len(articles)} articles ({words:,} words) in "
          f"{elapsed:.2f}s, seed {args.seed}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
