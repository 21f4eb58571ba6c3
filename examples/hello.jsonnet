// A small stack description, evaluated by `make run` until `stackc build` exists.
local app(name, port) = {
  name: name,
  port: port,
  labels: { 'app.kubernetes.io/name': name },
};

{
  apps: [app('prometheus', 9090), app('alertmanager', 9093), app('grafana', 3000)],
  ports: { [a.name]: a.port for a in self.apps },
}
