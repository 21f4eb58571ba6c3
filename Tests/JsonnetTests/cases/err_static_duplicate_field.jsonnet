{
  name: "a",
  name: "b",
}
