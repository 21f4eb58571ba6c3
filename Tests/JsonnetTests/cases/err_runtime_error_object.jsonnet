error { code: 7, tags: ["a", "b"], nested: { ok: false } }
