local cfg = { db: null };
cfg.db[0]
