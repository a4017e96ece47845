// Placeholder until the WorldMap target lands.
