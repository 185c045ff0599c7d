#!/usr/bin/env bash
# Makes the upgrade fixture store of schema version N with the store code of commit COMMIT (the commit
# that added migration V<N>), in a temporary git worktree, offline, without installing anything:
#
#   tools/make-fixture.sh N COMMIT     # from this folder; writes v<N>/parley.db
#
# It builds parley-model, parley-core and parley-store of COMMIT, compiles tools/FixtureWriter.java with
# that commit's test SampleArticles (V1 had none: V2's, whose model classes V1 already had) and runs it.
set -euo pipefail
n=$1; commit=$2
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
work=$(mktemp -d); old=$work/src
git -C "$repo" worktree add --detach "$old" "$commit" >/dev/null
trap 'git -C "$repo" worktree remove --force "$old"; rm -rf "$work"' EXIT
(cd "$old" && mvn -o -q -pl parley-store -am package -Dmaven.test.skip=true)
(cd "$old/parley-store" && mvn -o -q dependency:build-classpath -Dmdep.outputFile="$work/cp")
sample=$old/parley-store/src/test/java/org/parley/store/SampleArticles.java
[ -f "$sample" ] || { git -C "$repo" show 1f6d586:parley-store/src/test/java/org/parley/store/SampleArticles.java > "$work/SampleArticles.java"; sample=$work/SampleArticles.java; }
edits=(-e 's#^##')
[ "$n" -ge 2 ] && edits+=(-e 's#//FINDINGS ##')
[ "$n" -ge 3 ] && edits+=(-e 's#//STABLE ##')
sed "${edits[@]}" "$here/tools/FixtureWriter.java" > "$work/FixtureWriter.java"
deps=$(tr ':' '\n' < "$work/cp" | grep -v '/org/parley/' | paste -sd:)
cp=$old/parley-model/target/classes:$old/parley-core/target/classes:$old/parley-store/target/classes:$deps
mkdir -p "$work/classes"
javac -nowarn -cp "$cp" -d "$work/classes" "$sample" "$work/FixtureWriter.java"
rm -rf "$here/v$n"
java -cp "$work/classes:$cp" org.parley.store.FixtureWriter "$here/v$n" "$n"
rm -f "$here/v$n/parley.db-wal" "$here/v$n/parley.db-shm"
ls -l "$here/v$n/parley.db"
