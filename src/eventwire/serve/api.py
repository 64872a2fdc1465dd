"""The REST API (`/api/v1`): events, merged events, articles, actors, places.

Read endpoints are open; writing (`POST /api/v1/articles`) needs the bearer
token. Every response is JSON; article text inside it is data, and the
dashboard never renders it as markup.
"""

from __future__ import annotations

import hmac

import orjson
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from ..errors import Errors
from ..model import Event, Extraction
from ..store.query import STATUSES, EventFilter
from . import queries
from .evidence import claim_chain, highlights
from .submit import BadRequest, media_type

DAY = r"^\d{4}-\d{2}-\d{2}$"
TYPES = list(Event.model_fields["type"].annotation.__args__)

router = APIRouter(prefix="/api/v1")


class ApiError(HTTPException):
    """An HTTP error with a coded message: `{"error": "E125 ...", "code": "E125"}`."""

    def __init__(self, status: int, code: str, **fields: Any) -> None:
        super().__init__(status, f"{code} " + getattr(Errors, code).format(**fields))
        self.code = code


def error_response(status: int, message: str, code: str | None) -> JSONResponse:
    """The JSON body of every error."""
    return JSONResponse({"error": message, "code": code}, status_code=status)


async def page_params(request: Request,
                limit: Annotated[int | None, Query(ge=1, description="Page length.")] = None,
                offset: Annotated[int, Query(ge=0, description="Items to skip.")] = 0) -> tuple[int, int]:
    """(limit, offset), the limit capped by `max_page_size`."""
    settings = request.app.state.settings
    return min(limit or settings.page_size, settings.max_page_size), offset


async def event_filter(
    since: Annotated[str | None, Query(pattern=DAY, description="Events on or after this day (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(pattern=DAY, description="Events on or before this day.")] = None,
    type: Annotated[str | None, Query(description="PLOVER type (ASSAULT...) or ACLED event type.")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Actor name or text (substring).")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3.")] = None,
    admin1: Annotated[str | None, Query(max_length=200, description="Province or state, exact.")] = None,
    status: Annotated[str | None, Query(description="One of: " + ", ".join(STATUSES) + ".")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the evidence, trigger or title.")] = None,
    source: Annotated[str | None, Query(max_length=255, description="Outlet, exact.")] = None,
    article_id: Annotated[str | None, Query(max_length=255, description="The input article's id.")] = None,
    merged_id: Annotated[int | None, Query(ge=1, description="Reports of this merged event.")] = None,
) -> EventFilter:
    """The filters every event query shares, validated."""
    if status and status not in STATUSES:
        raise ApiError(400, "E126", reason=f"status must be one of {', '.join(STATUSES)}")
    return EventFilter(date_from=since, date_to=until, type=type or None, actor=actor or None,
                       country=country.upper() if country else None, admin1=admin1 or None,
                       status=status or None, bbox=parse_bbox(bbox) if bbox else None, text=q or None,
                       source=source or None, article_id=article_id or None, merged_id=merged_id)


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """"west,south,east,north" as four floats in range."""
    try:
        west, south, east, north = (float(part) for part in value.split(","))
    except ValueError:
        raise ApiError(400, "E126", reason="bbox must be four numbers: west,south,east,north") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise ApiError(400, "E126", reason="bbox out of range")
    return west, south, east, north


Filter = Annotated[EventFilter, Depends(event_filter)]
Page = Annotated[tuple[int, int], Depends(page_params)]


def store_of(request: Request):
    return request.app.state.store


def found_or_404(found: Any, kind: str, key: Any) -> Any:
    """A stored record, or a coded 404 naming what was looked for.

    Raises:
        ApiError: E125 when `found` is None.
    """
    if found is None:
        raise ApiError(404, "E125", kind=kind, id=key)
    return found


def page(total: int, limit: int, offset: int, items: list[Any]) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def respond(content: Any, status: int = 200) -> Response:
    """JSON straight from plain dicts: the store's rows need no re-encoding
    (FastAPI's generic encoder costs more than the queries on list pages),
    and orjson writes them ~8x faster than the standard library."""
    return Response(orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS), status_code=status,
                    media_type="application/json")


@router.get("/meta", tags=["meta"])
def meta(request: Request) -> dict[str, Any]:
    """Server facts the dashboard needs: version, event types, map tiles, whether writing is on."""
    settings = request.app.state.settings
    return {"version": request.app.version, "types": TYPES, "statuses": list(STATUSES),
            "tiles": settings.tiles, "tiles_attribution": settings.tiles_attribution,
            "writable": settings.token is not None, "max_body_bytes": settings.max_body_bytes}


@router.get("/stats", tags=["meta"])
def stats(request: Request) -> dict[str, int]:
    """Rows per table."""
    return store_of(request).counts()


# The two busiest reads (the table and the event page) and the filter
# parsing they depend on are `async`: they run on the event loop instead of
# hopping to a worker thread, which cost about a quarter of the CPU per
# request under load. Their queries are short index reads; the slower ones
# (map, timeline, merged events) stay in the thread pool so a long scan does
# not hold up other requests.
@router.get("/events", tags=["events"])
async def list_events(request: Request, query: Filter, paging: Page) -> JSONResponse:
    """Per-article events matching the filters, latest date first."""
    store, (limit, offset) = store_of(request), paging
    rows = queries.event_page(store, query, limit, offset)
    total = request.app.state.counts.get(store, "events", query, store.count_events)
    return respond(page(total, limit, offset, rows))


@router.get("/events/{event_id}", tags=["events"])
async def get_event(request: Request, event_id: int) -> JSONResponse:
    """One event with its article, the evidence to highlight, the claim chain
    and the other reports of the same real-world event."""
    store = store_of(request)
    row = found_or_404(store.get_event(event_id), "event", event_id)
    article = store.get_article(row["article_pk"])
    record = Extraction.model_validate(article["record"])
    event = Event.model_validate(row["record"])
    merged = store.get_merged(row["merged_id"]) if row["merged_id"] else None
    reports = [r for r in (merged or {}).get("reports", []) if r["event"] != event_id]
    details = queries.event_details(store, [r["event"] for r in reports])
    return respond({
        "id": event_id, "event": event.model_dump(mode="json"),
        "article": record.article.model_dump(mode="json", exclude={"sections"}),
        "highlights": highlights(record, event), "claims": claim_chain(record, event),
        "merged": None if merged is None else {k: v for k, v in merged.items() if k != "reports"},
        "reports": [{"id": r["event"], "article_id": r["article_id"], "title": r["title"],
                     "source": r["source"], "published": r["published"],
                     **details.get(r["event"], {"type": None, "evidence": r["trigger"]}),
                     "explanation": explain(r["explanation"])}
                    for r in reports],
    })


def explain(explanation: Any) -> str:
    """The store's merge explanation as one line: what matched, and the score."""
    if not isinstance(explanation, dict):
        return str(explanation or "")
    matched = explanation.get("matched")
    parts = list(matched.values()) if isinstance(matched, dict) else []
    if explanation.get("score") is not None:
        parts.append(f"score {explanation['score']}")
    return "; ".join(map(str, parts))


@router.get("/map", tags=["events"])
def map_points(request: Request, query: Filter) -> JSONResponse:
    """Located events as compact points for the map (at most `max_map_points`)."""
    return respond(queries.map_points(store_of(request), query, request.app.state.settings.max_map_points))


@router.get("/stats/timeline", tags=["events"])
def timeline(request: Request, query: Filter,
             bucket: Annotated[str, Query(pattern="^(auto|day|month|year)$")] = "auto") -> JSONResponse:
    """Events per day, month or year for the timeline histogram."""
    return respond(queries.timeline(store_of(request), query, bucket))


@router.get("/countries", tags=["places"])
def countries(request: Request) -> dict[str, Any]:
    """Countries with events, most events first."""
    return {"items": queries.countries(store_of(request))}


@router.get("/merged-events", tags=["merged events"])
def list_merged(request: Request, query: Filter, paging: Page,
                min_reports: Annotated[int, Query(ge=1, description="Only events with this many reports.")] = 1,
                ) -> JSONResponse:
    """Real-world events (reports of the same event merged across articles)."""
    store, (limit, offset) = store_of(request), paging
    items = store.list_merged(query, limit=limit, offset=offset, min_reports=min_reports)
    total = request.app.state.counts.get(store, "merged", query, store.count_merged)
    return respond(page(total, limit, offset, items))


@router.get("/merged-events/{merged_id}", tags=["merged events"])
def get_merged(request: Request, merged_id: int) -> dict[str, Any]:
    """One merged event with its reports and why each was merged."""
    return found_or_404(store_of(request).get_merged(merged_id), "merged event", merged_id)


@router.get("/articles", tags=["articles"])
def list_articles(request: Request, paging: Page,
                  source: Annotated[str | None, Query(max_length=255)] = None) -> dict[str, Any]:
    """Stored articles, newest first, without their text."""
    store, (limit, offset) = store_of(request), paging
    return page(store.count_articles(source), limit, offset,
                store.list_articles(limit=limit, offset=offset, source=source))


@router.get("/articles/{article_id}", tags=["articles"])
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """One article by its input id, with its whole extraction record (`record`)."""
    return found_or_404(store_of(request).get_article(article_id), "article", article_id)


@router.get("/actors", tags=["actors"])
def list_actors(request: Request, paging: Page,
                name: Annotated[str | None, Query(max_length=200, description="Substring of the name.")] = None,
                ) -> dict[str, Any]:
    """Actors by how many events they take part in."""
    limit, offset = paging
    return {"limit": limit, "offset": offset,
            "items": store_of(request).list_actors(limit=limit, offset=offset, name=name)}


@router.get("/places", tags=["places"])
def list_places(request: Request, paging: Page,
                country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None) -> dict[str, Any]:
    """Event places by how many events happened there."""
    limit, offset = paging
    return {"limit": limit, "offset": offset,
            "items": store_of(request).list_places(limit=limit, offset=offset, country=country)}


def require_token(request: Request) -> None:
    """Let the request through only with the configured bearer token.

    Raises:
        ApiError: 403 when no token is configured (writing is off), 401 when
            the request's token is missing or wrong.
    """
    expected = request.app.state.settings.token
    if expected is None:
        raise ApiError(403, "E120")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise ApiError(401, "E121")


@router.post("/articles", tags=["articles"], status_code=201, dependencies=[Depends(require_token)],
             openapi_extra={"requestBody": {"required": True, "content": {
                 "text/plain": {"schema": {"type": "string"}},
                 "text/html": {"schema": {"type": "string"}},
                 "application/json": {"schema": {"type": "object", "required": ["text"], "properties": {
                     "text": {"type": "string"}, "id": {"type": "string"}, "title": {"type": "string"},
                     "published": {"type": "string"}, "source": {"type": "string"},
                     "url": {"type": "string", "description": "metadata only: never fetched"}}}}}}})
async def submit_articles(
    request: Request,
    id: Annotated[str | None, Query(max_length=255, description="Article id (default: content hash).")] = None,
    title: Annotated[str | None, Query(max_length=1000)] = None,
    source: Annotated[str | None, Query(max_length=255, description="Outlet name.")] = None,
    published: Annotated[str | None, Query(pattern=DAY, description="Publication date, YYYY-MM-DD.")] = None,
) -> JSONResponse:
    """Extract events from articles and store them.

    The body is one article as `text/plain` or `text/html`, or JSON: an
    article object (`text`, optional `id`, `title`, `published`, `source`,
    `url`), a list of them, or `{"articles": [...]}`. URLs are kept as
    metadata and never fetched. Needs `Authorization: Bearer <token>`.
    """
    body = await request.body()
    fields = {"id": id, "title": title, "source": source, "published": published}
    try:
        result = await run_in_threadpool(request.app.state.submitter.submit, body,
                                         media_type(request.headers.get("content-type")), fields)
    except BadRequest as error:
        return error_response(error.status, str(error), error.code)
    status = 201 if result["articles"] else 422
    return JSONResponse(result, status_code=status)
