#!/usr/bin/env bash
# Fails when an #include breaks the layering of docs/ARCHITECTURE.md. Every library shares src/ as its
# include root, so the compiler cannot refuse a wrong include; this check does, in `make test`.
#   domain   includes domain only
#   app      includes domain and app
#   storage  includes domain, app and storage
#   web      includes domain, app and web
#   cli      includes everything (the composition root)
# and within a layer, a platform folder (platform/, and storage's sqlite/ and postgres/) includes no
# module folder (modules build on the platform,
# never the other way round), and every "…" include names a header that exists under src/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec python3 - "$@" <<'PY'
import os, re, sys

allowed = {
    'domain': {'domain'},
    'app': {'domain', 'app'},
    'storage': {'domain', 'app', 'storage'},
    'web': {'domain', 'app', 'web'},
    'cli': {'domain', 'app', 'storage', 'web', 'cli'},
}
# The platform's folders: platform/ in every layer, and storage's two database dialects.
platform = {'platform', 'sqlite', 'postgres'}
include = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
problems = []
for root, _, files in os.walk('src'):
    for name in sorted(files):
        if not name.endswith(('.cpp', '.hpp')):
            continue
        path = os.path.join(root, name)
        parts = path.split(os.sep)  # src/<layer>/<folder>/...
        layer = parts[1] if len(parts) > 2 else None
        folder = parts[2] if len(parts) > 3 else None
        with open(path, encoding='utf-8') as source:
            for number, line in enumerate(source, 1):
                found = include.match(line)
                if not found:
                    continue
                target = found.group(1)
                if not os.path.isfile(os.path.join('src', target)):
                    problems.append(f'{path}:{number}: includes "{target}", which is not a header under src/')
                    continue
                target_layer = target.split('/')[0] if '/' in target else None
                if layer in allowed and target_layer in allowed and target_layer not in allowed[layer]:
                    problems.append(f'{path}:{number}: the {layer} layer may not include "{target}" ({target_layer})')
                target_parts = target.split('/')
                if (folder in platform and layer in allowed and len(target_parts) > 2
                        and target_parts[1] not in platform and target_parts[0] == layer):
                    problems.append(f'{path}:{number}: {layer}/platform may not include the module header "{target}"')
if problems:
    print('\n'.join(problems))
    print(f'check-layers: {len(problems)} include(s) break the layering (docs/ARCHITECTURE.md)')
    sys.exit(1)
print('check-layers: every include keeps to its layer')
PY
