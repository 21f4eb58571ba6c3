{
  level1: {
    level2: {
      level3: {
        value: error "deep value",
      },
    },
  },
}
