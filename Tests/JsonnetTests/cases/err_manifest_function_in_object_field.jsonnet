{
  name: "svc",
  handler: function(req) req,
}
