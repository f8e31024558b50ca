#!/usr/bin/env python3
"""Checks the licence files of the shaded command-line jar (ras-cli/target/ras4j.jar, or the jar given).

  scripts/check-cli-jar.py [JAR]

- META-INF/LICENSE starts with ras4j's LICENSE, and META-INF/NOTICE is ras4j's NOTICE;
- META-INF/THIRD-PARTY.txt lists the bundled libraries, and for each of them (read from the local
  Maven repository, M2_REPO or ~/.m2/repository) every licence or notice file the library's own jar
  carries is still in ras4j.jar: the same bytes under the same name, or, for META-INF/LICENSE, which
  the shade plugin appends together, contained in it.

Exits 1 when a text is missing, 2 when the jar or a library cannot be read.
"""
import os
import re
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEGAL = re.compile(r'^(META-INF/)?(LICEN[CS]E|NOTICE|COPYING|AL2\.0|LGPL2\.1)[^/]*$', re.IGNORECASE)
APPENDED = {'META-INF/LICENSE'}
COORDINATES = re.compile(r'\(([^:\s()]+):([^:\s()]+):([^:\s()]+) - ')


def main():
    jar = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'ras-cli', 'target', 'ras4j.jar')
    repo = os.environ.get('M2_REPO', os.path.expanduser('~/.m2/repository'))
    if not os.path.isfile(jar):
        print(f'check-cli-jar: no {jar}: build it first (./mvnw -B package -pl ras-cli -am)', file=sys.stderr)
        return 2
    problems = []
    with zipfile.ZipFile(jar) as shaded:
        names = set(shaded.namelist())

        def entry(name):
            return shaded.read(name) if name in names else None

        own_licence = open(os.path.join(ROOT, 'LICENSE'), 'rb').read()
        own_notice = open(os.path.join(ROOT, 'NOTICE'), 'rb').read()
        licence = entry('META-INF/LICENSE') or b''
        if not licence.startswith(own_licence):
            problems.append("META-INF/LICENSE does not start with ras4j's LICENSE")
        if entry('META-INF/NOTICE') != own_notice:
            problems.append("META-INF/NOTICE is not ras4j's NOTICE")
        third_party = entry('META-INF/THIRD-PARTY.txt')
        if third_party is None:
            problems.append('no META-INF/THIRD-PARTY.txt')
            libraries = []
        else:
            libraries = COORDINATES.findall(third_party.decode('utf-8'))
            if not libraries:
                problems.append('META-INF/THIRD-PARTY.txt lists no library')

        checked = 0
        for group, artifact, version in libraries:
            path = os.path.join(repo, *group.split('.'), artifact, version, f'{artifact}-{version}.jar')
            if not os.path.isfile(path):
                print(f'check-cli-jar: {group}:{artifact}:{version} is not in {repo}', file=sys.stderr)
                return 2
            with zipfile.ZipFile(path) as library:
                for name in library.namelist():
                    if not LEGAL.match(name):
                        continue
                    text = library.read(name)
                    kept = entry(name)
                    checked += 1
                    if kept is None:
                        problems.append(f'{name} of {artifact}-{version}.jar is missing')
                    elif name in APPENDED and text.strip() not in kept:
                        problems.append(f'{name} of {artifact}-{version}.jar is not contained in {name}')
                    elif name not in APPENDED and text != kept:
                        problems.append(f'{name} of {artifact}-{version}.jar differs from the one kept')

    for problem in problems:
        print(f'check-cli-jar: {problem}', file=sys.stderr)
    if problems:
        return 1
    print(f'check-cli-jar: {os.path.relpath(jar)} keeps ras4j\'s LICENSE and NOTICE and all {checked} licence '
          f'files of its {len(libraries)} libraries')
    return 0


if __name__ == '__main__':
    sys.exit(main())
