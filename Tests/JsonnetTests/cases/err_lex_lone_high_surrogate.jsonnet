"pre \ud800 post"
