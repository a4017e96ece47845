// Placeholder until the TerminalUI target lands.
