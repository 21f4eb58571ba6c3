local svc = {
  check(v):: if v < 0 then error 'negative' else v,
  out: self.check(-1),
};
svc.out
