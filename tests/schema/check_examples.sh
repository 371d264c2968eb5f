#!/usr/bin/env bash
# Checks the example documents against the schemas and the rule catalogue:
# - every agreement, template and programme application in examples/ is valid against the
#   schema of its root namespace (schemas/agreement.xsd or schemas/programme.xsd);
# - it starts with the XML declaration, then `<!-- expect: IDS -->` (catalogue ids of its
#   document kind, sorted, or `none`), then a comment explaining it;
# - examples/EXPECTED.md lists exactly the same ids for it;
# - every document in examples/invalid is rejected by the schema of its root namespace, or
#   by both schemas when it has none we know (or is not well-formed), and says what is
#   wrong in an `<!-- invalid: ... -->` comment.
# Prints one line per file and ends with "N passed, N failed"; exits 1 on any failure.
set -u
cd "$(dirname "$0")/../.." || exit 2
export LC_ALL=C

if ! command -v xmllint >/dev/null; then
    echo "xmllint not found (package libxml2-utils): run scripts/setup.sh" >&2
    exit 2
fi

catalogue=tests/schema/catalogue-ids.txt
expected_table=examples/EXPECTED.md
agreement_schema=schemas/agreement.xsd
programme_schema=schemas/programme.xsd
passed=0
failed=0
problems=()

report() {  # report FILE: one line for FILE from the problems collected for it
    if [ ${#problems[@]} -eq 0 ]; then
        printf 'PASS  %s\n' "$1"
        passed=$((passed + 1))
    else
        printf 'FAIL  %s\n' "$1"
        printf '%s\n' "${problems[@]}" | sed 's/^/        /'
        failed=$((failed + 1))
    fi
    problems=()
}

schema_for() {  # the schema of the file's root namespace; nothing when there is none
    case "$(xmllint --xpath 'namespace-uri(/*)' "$1" 2>/dev/null)" in
        urn:drieluik:agreement:1) echo "$agreement_schema" ;;
        urn:drieluik:programme:1) echo "$programme_schema" ;;
    esac
}

schema_errors() {  # schema_errors SCHEMA FILE: xmllint's messages, nothing when valid
    local messages
    messages=$(xmllint --noout --schema "$1" "$2" 2>&1) || printf '%s' "$messages"
}

# Rule ids of the catalogue, and the ids EXPECTED.md gives per file (`none` for no finding).
declare -A known_id listed_ids
while read -r id; do known_id[$id]=1; done <"$catalogue"
while read -r rel id; do
    listed_ids[$rel]+="${listed_ids[$rel]:+ }$id"
done < <(sed -nE 's/^\| `([^`]+)` \| ([A-Z]+(-[A-Z]+)+|none) \|.*/\1 \2/p' "$expected_table")

check_expect_comment() {  # check_expect_comment FILE SCHEMA
    local file=$1 schema=$2 ids id previous="" lines=()
    mapfile -t -n 3 lines <"$file"
    [[ ${lines[0]-} =~ ^\<\?xml\ .*\?\>$ ]] || problems+=("line 1 is not the XML declaration")
    if [[ ! ${lines[1]-} =~ ^\<!--\ expect:\ (none|[A-Z]+(-[A-Z]+)+(\ [A-Z]+(-[A-Z]+)+)*)\ --\>$ ]]; then
        problems+=("line 2 is not '<!-- expect: IDS -->' or '<!-- expect: none -->': ${lines[1]-}")
        return
    fi
    ids=${BASH_REMATCH[1]}
    [[ ${lines[2]-} == '<!-- '* ]] || problems+=("line 3 does not start the comment explaining the example")
    if [ "$ids" != none ]; then
        for id in $ids; do
            [[ $id < $previous ]] && problems+=("expected ids are not sorted: $id after $previous")
            previous=$id
            if [ -z "${known_id[$id]-}" ]; then
                problems+=("$id is not a rule id of the catalogue")
            elif [[ $schema == "$programme_schema" && $id != PROG-* ]] ||
                 [[ $schema == "$agreement_schema" && $id == PROG-* ]]; then
                problems+=("$id is a rule for the other document kind")
            fi
        done
    fi
    # EXPECTED.md has one row per finding, in the same sorted order.
    local rel=${file#examples/}
    [ "${listed_ids[$rel]-}" == "$ids" ] ||
        problems+=("$expected_table lists '${listed_ids[$rel]-}' for $rel, the comment says '$ids'")
}

shopt -s nullglob
examples=(examples/agreements/*.xml examples/templates/*.xml examples/programmes/*.xml)
invalid=(examples/invalid/*.xml)
if [ ${#examples[@]} -eq 0 ] || [ ${#invalid[@]} -eq 0 ]; then
    echo "no examples found under examples/" >&2
    exit 1
fi

for file in "${examples[@]}"; do
    schema=$(schema_for "$file")
    if [ -z "$schema" ]; then
        problems+=("root element is not in a drieluik namespace (or the file is not well-formed)")
    else
        errors=$(schema_errors "$schema" "$file")
        [ -z "$errors" ] || problems+=("not valid against $schema:" "$errors")
        check_expect_comment "$file" "$schema"
    fi
    report "$file"
done

# Rows of EXPECTED.md must name existing examples.
for rel in "${!listed_ids[@]}"; do
    [ -f "examples/$rel" ] || problems+=("$expected_table lists examples/$rel, which does not exist")
done
report "$expected_table"

for file in "${invalid[@]}"; do
    schema=$(schema_for "$file")
    if [ -n "$schema" ]; then
        [ -n "$(schema_errors "$schema" "$file")" ] || problems+=("accepted by $schema")
    else
        for schema in "$agreement_schema" "$programme_schema"; do
            [ -n "$(schema_errors "$schema" "$file")" ] || problems+=("accepted by $schema")
        done
    fi
    mapfile -t -n 2 lines <"$file"
    [[ ${lines[1]-} =~ ^\<!--\ invalid:\ .+\ --\>$ ]] || problems+=("line 2 is not an '<!-- invalid: ... -->' comment")
    report "$file"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
