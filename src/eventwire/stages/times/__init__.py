"""Times: every time expression in the article, with its TimeML value."""
