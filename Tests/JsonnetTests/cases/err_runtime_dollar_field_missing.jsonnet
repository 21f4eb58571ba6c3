{
  inner: {
    v: $.missing,
  },
}
