{
  items: [
    { name: "ok" },
    { name: error "bad item" },
  ],
}
