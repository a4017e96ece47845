// Placeholder until the Dashboard target lands.
