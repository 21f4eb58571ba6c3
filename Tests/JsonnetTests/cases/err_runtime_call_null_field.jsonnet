local o = { handler: null };
o.handler("event")
