"""Case records on this laptop: youth, encounters at decision points, duties, needs and MDT."""
