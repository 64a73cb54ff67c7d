// Static checks of the deployment files, for machines without a Docker engine or a cluster.
//
//   node deploy/check-deploy-files.mjs        (after `npm ci`: it needs only the `yaml` package)
//
// It parses every YAML file under deploy/ and cross-checks the files against each other and
// against the server: Kubernetes objects are well-formed and reference what exists (selectors,
// ports, ConfigMap, Secret, HPA targets, Ingress backends), pods are hardened, the shutdown budget
// fits the grace period, every environment variable set anywhere is one the server reads (or a
// documented extra), docs/deployment.md documents every variable, and the Dockerfile and
// docker-compose.yml run the entry points that exist. Schema validation against the Kubernetes
// OpenAPI and Compose Specification schemas is a separate, heavier step (docs/deployment.md).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (rel) => fs.readFileSync(path.join(root, rel), 'utf8');
const exists = (rel) => fs.existsSync(path.join(root, rel));
const problems = [];
let checks = 0;
const check = (ok, message) => {
  checks++;
  if (!ok) problems.push(message);
};

// --- Variables the server reads: the keys of envSchema in config.ts -----------------------------
const configSource = read('packages/server/src/config.ts');
const schemaBlock = configSource.slice(configSource.indexOf('const envSchema = z.object({'));
const serverVariables = new Set(
  [...schemaBlock.slice(0, schemaBlock.indexOf('\n});')).matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]),
);
check(serverVariables.size > 20, `could not read the variables from config.ts (found ${serverVariables.size})`);
// Read by Node, the AWS SDK or the image's HEALTHCHECK rather than by config.ts.
const extraVariables = new Set(['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']);
const checkVariable = (name, where) =>
  check(serverVariables.has(name) || extraVariables.has(name), `${where}: ${name} is not a variable the server reads`);

// --- Every YAML file parses cleanly ------------------------------------------------------------
const yamlFiles = [];
const walk = (dir) => {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(rel);
    else if (/\.ya?ml$/.test(entry.name)) yamlFiles.push(rel);
  }
};
walk('deploy');
const docsByFile = new Map();
for (const file of yamlFiles) {
  const docs = parseAllDocuments(read(file), { merge: true });
  for (const doc of docs) {
    for (const e of [...doc.errors, ...doc.warnings]) problems.push(`${file}: ${e.message}`);
    checks++;
  }
  docsByFile.set(
    file,
    docs.map((d) => d.toJS()),
  );
}

// --- Kubernetes ----------------------------------------------------------------------------------
const k8sFiles = yamlFiles.filter((f) => f.startsWith('deploy/k8s/') && !f.endsWith('kustomization.yaml'));
const objects = k8sFiles.flatMap((file) => docsByFile.get(file).map((obj) => ({ file, obj })));
for (const { file, obj } of objects) {
  check(
    obj?.apiVersion && obj?.kind && obj?.metadata?.name,
    `${file}: a document without apiVersion/kind/metadata.name`,
  );
  check(
    obj?.metadata?.labels?.['app.kubernetes.io/name'] === 'resume2website',
    `${file}: ${obj?.kind}/${obj?.metadata?.name} lacks app.kubernetes.io/name=resume2website`,
  );
}
const byKind = (kind) => objects.filter(({ obj }) => obj.kind === kind);
const find = (kind, name) => byKind(kind).find(({ obj }) => obj.metadata.name === name);
const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);

// Kustomizations list files that exist; the Secret example is never applied by them.
for (const file of yamlFiles.filter((f) => f.endsWith('kustomization.yaml'))) {
  const k = docsByFile.get(file)[0];
  for (const entry of [...(k.resources ?? []), ...(k.components ?? [])]) {
    check(exists(path.join(path.dirname(file), entry)), `${file}: ${entry} does not exist`);
    check(!String(entry).includes('secret'), `${file}: ${entry}: the Secret must not be applied from git`);
  }
}

const configMap = find('ConfigMap', 'resume2website-config')?.obj;
const secretExample = find('Secret', 'resume2website-secrets')?.obj;
check(configMap, 'no ConfigMap resume2website-config');
check(secretExample, 'no Secret example resume2website-secrets');
for (const name of Object.keys(configMap?.data ?? {})) checkVariable(name, 'ConfigMap');
for (const name of Object.keys(secretExample?.stringData ?? {})) checkVariable(name, 'secret.example.yaml');
for (const name of Object.keys(configMap?.data ?? {})) {
  check(!(name in (secretExample?.stringData ?? {})), `${name} is in both the ConfigMap and the Secret`);
}

const podTemplates = [...byKind('Deployment'), ...byKind('Job')].map(({ file, obj }) => ({
  file,
  obj,
  pod: obj.spec.template,
}));
for (const { file, obj, pod } of podTemplates) {
  const where = `${file}: ${obj.kind}/${obj.metadata.name}`;
  const spec = pod.spec;
  if (obj.kind === 'Deployment') {
    check(
      matches(obj.spec.selector.matchLabels, pod.metadata.labels),
      `${where}: selector does not match the pod labels`,
    );
  }
  check(spec.securityContext?.runAsNonRoot === true, `${where}: runAsNonRoot is not set`);
  check(spec.securityContext?.runAsUser === 1000, `${where}: runAsUser is not 1000 (the image's node user)`);
  check(spec.automountServiceAccountToken === false, `${where}: mounts a service account token`);
  for (const c of spec.containers) {
    check(c.image === 'resume2website', `${where}: image must be the placeholder "resume2website" (set in common/)`);
    check(!c.command, `${where}: use args, not command (command replaces the tini ENTRYPOINT)`);
    const script = c.args?.[1];
    check(
      c.args?.[0] === 'node' && exists(script.replace('dist/', 'src/').replace(/\.js$/, '.ts')),
      `${where}: runs ${script}, whose source does not exist`,
    );
    check(c.securityContext?.readOnlyRootFilesystem === true, `${where}: root filesystem is writable`);
    check(c.securityContext?.allowPrivilegeEscalation === false, `${where}: allows privilege escalation`);
    check(c.securityContext?.capabilities?.drop?.includes('ALL'), `${where}: capabilities not dropped`);
    check(
      c.volumeMounts?.some((m) => m.mountPath === '/tmp'),
      `${where}: no writable /tmp (readOnlyRootFilesystem needs an emptyDir there)`,
    );
    check(c.resources?.requests && c.resources?.limits, `${where}: resources requests/limits missing`);
    const refs = (c.envFrom ?? []).map((e) => e.configMapRef?.name ?? e.secretRef?.name);
    check(
      refs.includes('resume2website-config') && refs.includes('resume2website-secrets'),
      `${where}: envFrom must use the ConfigMap and the Secret`,
    );
    for (const e of c.env ?? []) checkVariable(e.name, where);
    const portNames = new Set((c.ports ?? []).map((p) => p.name));
    for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
      if (obj.kind === 'Job') continue;
      const port = c[probe]?.httpGet?.port;
      check(c[probe], `${where}: no ${probe}`);
      if (c[probe]) check(portNames.has(port), `${where}: ${probe} uses port ${port}, not a named container port`);
    }
    if (obj.kind === 'Deployment') {
      // Shutdown budget: preStop sleep + SHUTDOWN_DELAY_MS (still serving, not ready) +
      // SHUTDOWN_TIMEOUT_MS (draining) + time to close connections < grace.
      const preStop = Number(c.lifecycle?.preStop?.exec?.command?.[1] ?? c.lifecycle?.preStop?.sleep?.seconds ?? 0);
      const seconds = (name, fallback) =>
        Number((c.env ?? []).find((e) => e.name === name)?.value ?? configMap?.data?.[name] ?? fallback) / 1000;
      const delay = seconds('SHUTDOWN_DELAY_MS', 0);
      const drain = seconds('SHUTDOWN_TIMEOUT_MS', 25000);
      const grace = spec.terminationGracePeriodSeconds ?? 30;
      check(
        preStop + delay + drain + 3 <= grace,
        `${where}: preStop ${preStop}s + SHUTDOWN_DELAY_MS ${delay}s + SHUTDOWN_TIMEOUT_MS ${drain}s + 3s to close > grace ${grace}s`,
      );
      // Behind a load-balanced Service, closing the listener the moment SIGTERM arrives refuses the
      // requests still being routed to the pod: it needs a preStop sleep or a shutdown delay.
      const balanced = byKind('Service').some(
        ({ obj: service }) => service.spec.clusterIP !== 'None' && matches(service.spec.selector, pod.metadata.labels),
      );
      if (balanced) {
        check(
          preStop + delay >= 3,
          `${where}: serves a Service but stops listening at once on SIGTERM (set SHUTDOWN_DELAY_MS or a preStop sleep)`,
        );
      }
    }
  }
}
const podLabels = podTemplates.map(({ pod }) => pod.metadata.labels);
for (const { file, obj } of [...byKind('Service'), ...byKind('PodDisruptionBudget'), ...byKind('NetworkPolicy')]) {
  const selector = obj.spec.selector?.matchLabels ?? obj.spec.selector ?? obj.spec.podSelector?.matchLabels;
  if (obj.kind === 'NetworkPolicy' && Object.keys(selector ?? {}).length === 0) continue; // all pods
  check(
    podLabels.some((labels) => matches(selector, labels)),
    `${file}: ${obj.kind}/${obj.metadata.name} selects no pod`,
  );
}
for (const { file, obj } of byKind('Service')) {
  const target = podTemplates.find(({ pod }) => matches(obj.spec.selector, pod.metadata.labels));
  const names = new Set(target?.pod.spec.containers.flatMap((c) => (c.ports ?? []).map((p) => p.name)));
  for (const p of obj.spec.ports)
    check(names.has(p.targetPort), `${file}: targetPort ${p.targetPort} is not a pod port`);
}
for (const { file, obj } of byKind('HorizontalPodAutoscaler')) {
  const target = find(obj.spec.scaleTargetRef.kind, obj.spec.scaleTargetRef.name);
  check(target, `${file}: scales ${obj.spec.scaleTargetRef.name}, which does not exist`);
  check(
    !target || target.obj.spec.replicas === undefined,
    `${file}: the target sets replicas (apply would fight the HPA)`,
  );
  check(obj.spec.minReplicas >= 2, `${file}: minReplicas below 2`);
}
// KEDA: a ScaledObject creates its own HPA, so it must come in a Component that deletes the plain
// HPA of the same Deployment, never next to it in one kustomization.
const applicationKustomization = docsByFile.get('deploy/k8s/kustomization.yaml')[0];
const hpaTargeting = (name) =>
  byKind('HorizontalPodAutoscaler').filter(({ obj }) => obj.spec.scaleTargetRef.name === name);
const exportedMetrics = read('packages/server/src/adapters/prometheus-metrics.ts');
for (const { file, obj } of byKind('ScaledObject')) {
  const targetName = obj.spec.scaleTargetRef.name;
  const target = find(obj.spec.scaleTargetRef.kind ?? 'Deployment', targetName);
  check(target, `${file}: scales ${targetName}, which does not exist`);
  check(
    !target || target.obj.spec.replicas === undefined,
    `${file}: the target sets replicas (apply would fight KEDA)`,
  );
  check(obj.spec.minReplicaCount >= 2, `${file}: minReplicaCount below 2`);
  check(
    !(applicationKustomization.resources ?? []).includes(path.relative('deploy/k8s', file)),
    `${file}: listed in deploy/k8s/kustomization.yaml resources next to the HPAs; use it as a component`,
  );
  const component = docsByFile.get(path.join(path.dirname(file), 'kustomization.yaml'))?.[0];
  check(component?.kind === 'Component', `${file}: not in a kustomize Component`);
  for (const { obj: hpa } of hpaTargeting(targetName)) {
    check(
      (component?.patches ?? []).some(
        (p) =>
          p.target?.kind === 'HorizontalPodAutoscaler' &&
          p.target?.name === hpa.metadata.name &&
          /^\$patch: delete$/m.test(p.patch ?? ''),
      ),
      `${file}: its component does not delete HorizontalPodAutoscaler/${hpa.metadata.name}, which also scales ${targetName}`,
    );
  }
  for (const trigger of obj.spec.triggers ?? []) {
    for (const [metric] of String(trigger.metadata?.query ?? '').matchAll(/\br2w_[a-z_]+/g)) {
      check(exportedMetrics.includes(`'${metric}'`), `${file}: queries ${metric}, which the server does not export`);
    }
  }
}
for (const { file, obj } of byKind('Ingress')) {
  for (const rule of obj.spec.rules) {
    for (const p of rule.http.paths) {
      const service = find('Service', p.backend.service.name)?.obj;
      check(service, `${file}: backend ${p.backend.service.name} does not exist`);
      check(
        service?.spec.ports.some((sp) => sp.name === p.backend.service.port.name),
        `${file}: backend port ${p.backend.service.port.name} does not exist`,
      );
    }
  }
  check(obj.spec.tls?.length > 0, `${file}: ${obj.metadata.name} has no TLS`);
}
const mainIngress = find('Ingress', 'resume2website')?.obj;
check(
  mainIngress?.metadata.annotations?.['nginx.ingress.kubernetes.io/proxy-body-size'] === '12m',
  'ingress.yaml: the body size limit must be 12m (10 MiB uploads + multipart overhead)',
);

// --- docker-compose.yml ----------------------------------------------------------------------------
const compose = docsByFile.get('deploy/docker-compose.yml')[0];
for (const [name, service] of Object.entries(compose.services)) {
  for (const [dep, { condition }] of Object.entries(service.depends_on ?? {})) {
    const other = compose.services[dep];
    check(other, `docker-compose.yml: ${name} depends on unknown service ${dep}`);
    if (condition === 'service_healthy') {
      check(
        other?.healthcheck?.test || other?.build,
        `docker-compose.yml: ${dep} has no healthcheck for ${name} to wait on`,
      );
    }
  }
  if (service.build) {
    check(
      service.build.dockerfile === 'deploy/Dockerfile',
      `docker-compose.yml: ${name} does not build deploy/Dockerfile`,
    );
    check(service.build.context === '..', `docker-compose.yml: ${name}: the build context must be the repository root`);
    for (const key of Object.keys(service.environment ?? {})) checkVariable(key, `docker-compose.yml ${name}`);
    const script = service.command?.[1];
    check(
      exists(script.replace('dist/', 'src/').replace(/\.js$/, '.ts')),
      `docker-compose.yml: ${name} runs ${script}, whose source does not exist`,
    );
  }
}

// --- Dockerfile ------------------------------------------------------------------------------------
const dockerfile = read('deploy/Dockerfile');
const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
check(
  /FROM node:\$\{NODE_VERSION\}-bookworm-slim AS runtime/.test(runtime),
  'Dockerfile: runtime stage is not node bookworm-slim',
);
check(/^ENTRYPOINT \["\/usr\/bin\/tini", "--"\]$/m.test(runtime), 'Dockerfile: ENTRYPOINT is not tini');
check(/^USER 1000:1000$/m.test(runtime), 'Dockerfile: runtime does not run as uid 1000');
check(/^CMD \["node", "packages\/server\/dist\/main\.js"\]$/m.test(runtime), 'Dockerfile: CMD is not the API');
check(
  /^HEALTHCHECK /m.test(runtime) && /^EXPOSE 2000/m.test(runtime),
  'Dockerfile: HEALTHCHECK or EXPOSE 2000 missing',
);
check(
  /NODE_ENV=production/.test(runtime) && !/NODE_ENV/.test(dockerfile.slice(0, dockerfile.indexOf('AS runtime'))),
  'Dockerfile: NODE_ENV=production must be set in the runtime stage only (npm ci would skip devDependencies)',
);
for (const m of dockerfile.matchAll(/^COPY (packages\/[^/]+)\/package\.json /gm)) {
  check(exists(`${m[1]}/package.json`), `Dockerfile: copies ${m[1]}/package.json, which does not exist`);
}
const workspaces = JSON.parse(read('package.json')).workspaces;
for (const ws of workspaces) {
  check(
    dockerfile.includes(`COPY ${ws}/package.json ${ws}/`),
    `Dockerfile: workspace ${ws} manifest is not copied before npm ci`,
  );
}
for (const script of new Set([...dockerfile.matchAll(/packages\/server\/dist\/(\w+)\.js/g)].map((m) => m[1]))) {
  check(
    exists(`packages/server/src/${script}.ts`),
    `Dockerfile: packages/server/dist/${script}.js has no source (src/${script}.ts)`,
  );
}
const dockerignore = read('.dockerignore').split('\n');
for (const pattern of ['**/node_modules', '**/dist', 'data', '.git', '**/.env']) {
  check(dockerignore.includes(pattern), `.dockerignore: ${pattern} is not excluded`);
}

// --- docs/deployment.md documents every variable -----------------------------------------------
const guide = exists('docs/deployment.md') ? read('docs/deployment.md') : '';
for (const name of serverVariables)
  check(guide.includes(`\`${name}\``), `docs/deployment.md: ${name} is not documented`);

if (problems.length > 0) {
  process.stderr.write(`${problems.map((p) => `  - ${p}`).join('\n')}\n`);
}
process.stdout.write(`deploy-checks: ${checks - problems.length} passed, ${problems.length} failed\n`);
process.exitCode = problems.length > 0 ? 1 : 0;
