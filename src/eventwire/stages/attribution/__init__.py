"""Attribution: quotes, their speakers, and who claims each event."""
