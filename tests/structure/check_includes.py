#!/usr/bin/env python3
"""The include rules: which folder may include which. Run by ctest (structure_tests).

The core is UI-free and platform-free; inside it, each domain folder includes only the
folders listed for it below, so the architecture a newcomer reads in docs is the one the
code has. A new dependency between folders is a design decision: add it here on purpose.
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^">]+)[">]', re.M)

# Headers from outside the project that only the named layers may use.
FOREIGN = {
    'imgui': ('imgui', 'imgui_internal.h', 'imgui_stdlib.h', 'imgui_impl_'),
    'sdl': ('SDL', 'GLES'),
    'emscripten': ('emscripten',),
}
LAYERS = {  # layer: (project folders it may include, foreign families it may include)
    'core': (('core',), ()),
    'cli': (('core', 'cli'), ()),
    'ui': (('core', 'ui', 'platform/platform.h'), ('imgui',)),
    'platform/web': (('core', 'platform'), ('emscripten', 'sdl')),
    'platform/memory': (('core', 'platform'), ()),
    'app': (('core', 'ui', 'platform', 'app'), ('imgui', 'sdl', 'emscripten')),
}
# Inside the core: folder -> the other core folders it may include.
CORE = {
    'model': {'health', 'pricing', 'qualification'},  # Portfolio holds their settings
    'editing': {'model'},
    'health': {'model'},
    'qualification': {'model'},
    'sample': {'model'},
    'portfolio': {'model', 'qualification'},
    'stakeholders': {'model', 'editing', 'health'},
    'plan_format': {'model', 'editing', 'pricing', 'stakeholders'},
    'pricing': {'model', 'editing', 'plan_format'},
    'plan': {'model', 'editing', 'plan_format', 'portfolio'},
    'csv': {'model', 'editing', 'plan_format'},
    'merge': {'model', 'editing', 'plan_format', 'stakeholders'},
    'report': {'model', 'health', 'portfolio', 'qualification', 'stakeholders'},
    'sharing': {'model', 'plan', 'plan_format', 'qualification', 'report'},
    'text': {'model', 'plan_format'},
}


def layer_of(path):
    for layer in sorted(LAYERS, key=len, reverse=True):
        if path.startswith(layer + '/'):
            return layer
    return None


def check(path, text, problems):
    layer = layer_of(path)
    if layer is None:
        return
    allowed, families = LAYERS[layer]
    for name in INCLUDE.findall(text):
        family = next((f for f, prefixes in FOREIGN.items() if name.startswith(prefixes)), None)
        if family:
            if family not in families:
                problems.append(f'src/{path}: {layer} must not include <{name}>')
            continue
        if '/' not in name:
            continue  # the standard library and single-name system headers
        if not name.startswith(allowed):
            if name.split('/')[0] in ('core', 'ui', 'app', 'platform', 'cli'):
                problems.append(f'src/{path}: {layer} must not include "{name}"')
            continue
        if layer == 'core' and name.startswith('core/'):
            own = path.split('/')[1]
            other = name.split('/')[1]
            if own not in CORE:
                problems.append(f'src/{path}: core folder "{own}" is not in the rules (tests/structure/check_includes.py)')
            elif other != own and other not in CORE[own]:
                problems.append(f'src/{path}: core/{own} must not include "{name}" (allowed: {", ".join(sorted(CORE[own]))})')


def main():
    problems = []
    src = os.path.join(ROOT, 'src')
    for folder, _, files in os.walk(src):
        for f in files:
            if f.endswith(('.h', '.cpp')):
                full = os.path.join(folder, f)
                with open(full, encoding='utf-8') as handle:
                    check(os.path.relpath(full, src), handle.read(), problems)
    for p in problems:
        print(p)
    print(f'include-rules: {0 if problems else 1} passed, {1 if problems else 0} failed')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
