// stackc/components/node-exporter.libsonnet — Prometheus node_exporter on every node.
//
// Usage: (import 'stackc/components/node-exporter.libsonnet')({ namespace: 'monitoring' })
//
// nodeExporter(config) returns an object of manifests:
//   daemonSet       apps/v1 DaemonSet 'node-exporter' (hostNetwork, hostPID, host /proc, /sys
//                   and / mounted read-only, tolerates every taint), port 9100
//   serviceAccount  v1 ServiceAccount (no token mounted)
//   service         headless v1 Service, port `http` (9100)
//   serviceMonitor  ServiceMonitor scraping `http`, with a relabeling that sets `instance` to
//                   the node name (__meta_kubernetes_pod_node_name, relabel.replace), then
//                   config.relabelings; metricRelabelings = config.metricRelabelings
//   networkPolicy   NetworkPolicy admitting Prometheus pods to 9100
//
// Config fields (defaults in brackets):
//   namespace (required)
//   version ['1.8.2'], image [quay.io/prometheus/node-exporter:v<version>]
//   port [9100]                 the host port node_exporter listens on
//   resources [{requests: {cpu: '100m', memory: '180Mi'}, limits: {memory: '180Mi'}}]
//   interval ['15s']            scrape interval
//   relabelings [[]], metricRelabelings [[]]   extra RelabelConfigs (see stackc/relabel)
//   mountPointsExclude [regex of container runtime and kernel mount points]
//   extraArgs [[]]              appended to the node_exporter arguments
//   prometheusSelector, prometheusNamespace, extraIngress, commonLabels  (see common.libsonnet)
//
// Errors ('stackc/components/node-exporter: ...'): a non-object config, an unknown field, a
// missing namespace, a field of the wrong type.
local common = import 'common.libsonnet';
local relabel = import 'stackc/relabel.libsonnet';

local schema = common.commonSchema {
  version: 'string',
  image: 'string?',
  port: 'posint',
  resources: 'object',
  interval: 'string',
  relabelings: 'array',
  metricRelabelings: 'array',
  mountPointsExclude: 'string',
  extraArgs: 'array',
};

local defaults = common.commonDefaults {
  version: '1.8.2',
  image: null,
  port: 9100,
  resources: { requests: { cpu: '100m', memory: '180Mi' }, limits: { memory: '180Mi' } },
  interval: '15s',
  relabelings: [],
  metricRelabelings: [],
  mountPointsExclude: '^/(dev|proc|sys|run/k3s/containerd/.+|var/lib/docker/.+|var/lib/kubelet/pods/.+)($|/)',
  extraArgs: [],
};

function(config)
  local cfg = common.config('node-exporter', schema, defaults, config);
  local name = 'node-exporter';
  local port = cfg.port;
  local portName = 'http';
  local labels = cfg.commonLabels + common.labels(name, 'exporter', cfg.version);
  local podSelector = common.selectorLabels(labels);
  local meta = common.metadata(name, cfg.namespace, labels);
  local hostMounts = [
    { name: 'proc', host: '/proc', mount: '/host/proc' },
    { name: 'sys', host: '/sys', mount: '/host/sys' },
    { name: 'root', host: '/', mount: '/host/root' },
  ];
  {
    daemonSet: {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: meta,
      spec: {
        selector: { matchLabels: podSelector },
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '10%' } },
        template: {
          metadata: {
            labels: labels,
            annotations: { 'kubectl.kubernetes.io/default-container': name },
          },
          spec: {
            serviceAccountName: name,
            automountServiceAccountToken: false,
            hostNetwork: true,
            hostPID: true,
            priorityClassName: 'system-cluster-critical',
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            tolerations: [{ operator: 'Exists' }],
            securityContext: { runAsUser: 65534, runAsGroup: 65534, runAsNonRoot: true, fsGroup: 65534 },
            containers: [{
              name: name,
              image: if cfg.image == null then 'quay.io/prometheus/node-exporter:v' + cfg.version else cfg.image,
              args: [
                '--web.listen-address=:' + port,
                '--path.procfs=/host/proc',
                '--path.sysfs=/host/sys',
                '--path.rootfs=/host/root',
                '--path.udev.data=/host/root/run/udev/data',
                '--no-collector.wifi',
                '--no-collector.hwmon',
                '--collector.filesystem.mount-points-exclude=' + cfg.mountPointsExclude,
              ] + cfg.extraArgs,
              ports: [{ name: portName, containerPort: port, hostPort: port }],
              resources: cfg.resources,
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'], add: ['SYS_TIME'] },
              },
              volumeMounts: [
                { name: m.name, mountPath: m.mount, readOnly: true, mountPropagation: 'HostToContainer' }
                for m in hostMounts
              ],
            }],
            volumes: [{ name: m.name, hostPath: { path: m.host } } for m in hostMounts],
          },
        },
      },
    },
    serviceAccount: {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: meta,
      automountServiceAccountToken: false,
    },
    service: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta,
      spec: {
        clusterIP: 'None',
        ports: [{ name: portName, port: port, targetPort: portName }],
        selector: podSelector,
      },
    },
    serviceMonitor: common.serviceMonitor(name, cfg.namespace, labels, labels, [{
      port: portName,
      interval: cfg.interval,
      relabelings: [
        relabel.replace(['__meta_kubernetes_pod_node_name'], 'instance'),
      ] + cfg.relabelings,
    } + (if cfg.metricRelabelings == [] then {} else { metricRelabelings: cfg.metricRelabelings })]),
    networkPolicy: common.networkPolicy(name, cfg.namespace, labels, podSelector, [port], cfg),
  }
