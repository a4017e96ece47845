// Placeholder until the CursesBackend target lands.
