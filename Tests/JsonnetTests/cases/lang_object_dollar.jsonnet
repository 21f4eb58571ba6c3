{
  top: 'root',
  level1: {
    top: 'level1',
    fromSelf: self.top,
    fromDollar: $.top,
    level2: {
      top: 'level2',
      deep: [self.top, $.top, $.level1.top],
    },
  },
}
