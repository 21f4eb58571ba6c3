{
  greeting: "hello,
}
