// Placeholder until the NewsFeed target lands.
