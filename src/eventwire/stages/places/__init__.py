"""Places: toponyms, their GeoNames entries and each event's location."""
