// Placeholder until the TreatyModel target lands.
