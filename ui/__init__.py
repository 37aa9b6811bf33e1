"""红花榜 Honghua's Qt front end. Talks to app services (app.shop.Shop), never to SQL."""
