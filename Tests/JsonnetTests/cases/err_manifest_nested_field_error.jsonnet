{
  metadata: {
    labels: {
      app: error "label missing",
    },
  },
}
