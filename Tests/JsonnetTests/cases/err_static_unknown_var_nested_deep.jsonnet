{
  outer: {
    inner: [
      1,
      if flag then 2 else 3,
    ],
  },
}
