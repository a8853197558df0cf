#!/usr/bin/env bash
# Regenerates resources/media/: the suppliers' source photos, the "AI-generated" product images and
# the short H.264 clips the reference platform serves, each carrying the defect its manifest entry names.
# Everything is drawn with ffmpeg's lavfi filters (geq, drawbox, drawtext, noise, hue), so the output is
# deterministic for one ffmpeg/x264 build and needs no image editor. Needs ffmpeg with libx264 and
# libfreetype, and fonts-dejavu.
#
#   tools/make-demo-media.sh [output-dir]        (default: resources/media next to this script)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/../resources/media}"
font_dir=/usr/share/fonts/truetype/dejavu
font="$font_dir/DejaVuSans-Bold.ttf"
font_serif="$font_dir/DejaVuSerif-Bold.ttf"
for f in "$font" "$font_serif"; do
    [[ -f "$f" ]] || { echo "missing font $f (install fonts-dejavu)" >&2; exit 1; }
done
command -v ffmpeg >/dev/null || { echo "ffmpeg is required" >&2; exit 1; }

mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Bit-exact output: no encoder version strings or timestamps in the files.
ff=(ffmpeg -nostdin -hide_banner -loglevel error -y -fflags +bitexact)
bitexact_out=(-flags +bitexact -map_metadata -1)

# --- Products -----------------------------------------------------------------------------------
# Each product is a list of layers "mask;R;G;B", topmost first. Masks are geq expressions over the
# normalised coordinates UU (0..1 left to right) and VV (0..1 top to bottom), so one definition
# renders at any size and can be moved in a clip by substituting UU.
declare -A LAYERS BBOX EXTRA
LAYERS[mug]="lte(hypot((UU-0.475)/0.150,(VV-0.32)/0.030),1);90;22;22
lte(hypot((UU-0.475)/0.165,(VV-0.32)/0.040),1)+between(UU,0.31,0.64)*between(VV,0.32,0.76)+lte(hypot((UU-0.475)/0.165,(VV-0.76)/0.040),1)+between(hypot(UU-0.64,VV-0.54),0.07,0.11)*gt(UU,0.64);200;42;40"
BBOX[mug]="0.30 0.27 0.46 0.54"

LAYERS[tshirt]="lte(hypot((UU-0.5)/0.075,(VV-0.27)/0.055),1);0;0;0;bg
between(UU,0.33,0.67)*between(VV,0.27,0.80)+between(UU,0.19,0.33)*between(VV,0.27+(0.33-UU)*0.55,0.45+(0.33-UU)*0.35)+between(UU,0.67,0.81)*between(VV,0.27+(UU-0.67)*0.55,0.45+(UU-0.67)*0.35);42;62;124"
BBOX[tshirt]="0.19 0.22 0.62 0.58"
EXTRA[tshirt]="SUNRISE"

LAYERS[lamp]="lt(abs(UU-0.5),0.012)*between(VV,0.42,0.75)+lte(hypot((UU-0.5)/0.13,(VV-0.76)/0.035),1);168;128;58
between(VV,0.18,0.42)*lt(abs(UU-0.5),0.10+(VV-0.18)*0.6);242;204;96"
BBOX[lamp]="0.33 0.17 0.34 0.63"

LAYERS[vase]="between(VV,0.50,0.54)*lt(abs(UU-0.5),0.06+0.11*sin(PI*(VV-0.22)/0.58));214;172;62
between(VV,0.22,0.80)*lt(abs(UU-0.5),0.05+0.11*sin(PI*(VV-0.22)/0.58)+0.025*lt(VV,0.26));30;140;142"
BBOX[vase]="0.32 0.21 0.36 0.60"

LAYERS[backpack]="between(UU,0.35,0.65)*between(VV,0.55,0.75);72;86;40
between(UU,0.30,0.70)*between(VV,0.35,0.80)+lte(hypot((UU-0.5)/0.20,(VV-0.35)/0.12),1)+between(hypot(UU-0.5,VV-0.22),0.04,0.055)*lt(VV,0.23);112;132;62"
BBOX[backpack]="0.29 0.16 0.42 0.65"

LAYERS[cushion]="lt(abs(UU-0.5),0.25-0.04*pow((VV-0.525)/0.225,2))*lt(abs(VV-0.525),0.225-0.04*pow((UU-0.5)/0.25,2))*lt(mod(floor((UU+VV)*14),2),1);244;224;176
lt(abs(UU-0.5),0.25-0.04*pow((VV-0.525)/0.225,2))*lt(abs(VV-0.525),0.225-0.04*pow((UU-0.5)/0.25,2));222;170;52"
BBOX[cushion]="0.25 0.30 0.50 0.45"

LAYERS[clock]="between(UU,0.5,0.63)*lt(abs(VV-0.5),0.009)+lt(abs(UU-0.5),0.007)*between(VV,0.31,0.5)+lte(hypot(UU-0.5,VV-0.5),0.018);30;30;34
lt(hypot(UU-0.5,VV-0.5),0.22);246;244;236
lt(hypot(UU-0.5,VV-0.5),0.25)+between(UU,0.47,0.53)*between(VV,0.74,0.80);58;58;66"
BBOX[clock]="0.25 0.25 0.50 0.55"

LAYERS[tote]="between(VV,0.35,0.80)*lt(abs(UU-0.5),0.18+(VV-0.35)*0.06)+between(hypot((UU-0.5)/1.0,VV-0.35),0.10,0.12)*lt(VV,0.35);226;211;178"
BBOX[tote]="0.30 0.23 0.40 0.57"
EXTRA[tote]="ORGANIC"

# Backgrounds: the suppliers' neutral studio grey, and two "generated" looks.
bg_expr() { # style channel -> expression of VV
    local style=$1 ch=$2
    case "$style:$ch" in
        studio:*) echo "(236-44*VV)" ;;
        warm:r) echo "(248-30*VV)" ;; warm:g) echo "(230-42*VV)" ;; warm:b) echo "(206-60*VV)" ;;
        cool:r) echo "(214-40*VV)" ;; cool:g) echo "(226-36*VV)" ;; cool:b) echo "(240-30*VV)" ;;
    esac
}

# One geq filter that draws a product over a background with soft light and a floor shadow.
geq_filter() { # product style [u-substitution]
    local product=$1 style=$2 usub=${3:-"(X/W)"}
    local shade="(0.70+0.30*cos(4*(UU-0.42)))*(1.06-0.16*VV)"
    local shadow="(1-0.22*max(0,1-hypot((UU-0.5)/0.26,(VV-0.83)/0.035)))"
    local expr_r expr_g expr_b
    for ch in r g b; do
        local bg; bg="$(bg_expr "$style" "$ch")*$shadow"
        local e="$bg"
        local layer
        # Build the nested if() from the bottom layer up so the first line ends up on top.
        local -a lines=()
        mapfile -t lines <<<"${LAYERS[$product]}"
        for ((i = ${#lines[@]} - 1; i >= 0; i--)); do
            layer="${lines[$i]}"
            IFS=';' read -r mask cr cg cb special <<<"$layer"
            local c
            case $ch in r) c=$cr ;; g) c=$cg ;; b) c=$cb ;; esac
            if [[ "${special:-}" == bg ]]; then
                e="if(gt($mask,0),$bg,$e)"   # a hole (the t-shirt's neck)
            else
                e="if(gt($mask,0),clip($c*$shade,0,255),$e)"
            fi
        done
        case $ch in r) expr_r=$e ;; g) expr_g=$e ;; b) expr_b=$e ;; esac
    done
    local f="geq=r='$expr_r':g='$expr_g':b='$expr_b'"
    f="${f//UU/$usub}"
    f="${f//VV/(Y/H)}"
    printf '%s' "$f"
}

# drawtext for a product's printed label (the t-shirt's chest print, the tote's slogan).
label_filter() { # product size text
    local product=$1 size=$2 text=${3:-${EXTRA[$1]:-}}
    [[ -n "$text" ]] || return 0
    local fs=$((size * 5 / 100)) y
    case $product in tshirt) y=$((size * 40 / 100)) ;; *) y=$((size * 56 / 100)) ;; esac
    local colour=white; [[ $product == tote ]] && colour=0x2f5d34
    printf ',drawtext=fontfile=%s:text=%s:fontsize=%d:fontcolor=%s:x=(w-text_w)/2:y=%d' \
        "$font" "$text" "$fs" "$colour" "$y"
}

render_still() { # product style size extra-filters output
    local product=$1 style=$2 size=$3 extra=$4 output=$5
    local script="$tmp/$(basename "$output").filter"
    {
        geq_filter "$product" "$style"
        [[ -n "${SKIP_LABEL:-}" ]] || label_filter "$product" "$size"
        printf '%s' "$extra"
    } >"$script"
    "${ff[@]}" -f lavfi -i "color=c=black:s=${size}x${size}:d=1,format=rgb24" \
        -filter_script:v "$script" -frames:v 1 "${bitexact_out[@]}" \
        $([[ $output == *.jpg ]] && echo "-q:v 4") "$output"
}

manifest_entries=()
add_entry() { manifest_entries+=("$1"); }

px() { awk -v a="$1" -v s="$2" 'BEGIN { printf "%d", a * s }'; }

# --- 1. Source photos -------------------------------------------------------------------------
products=(mug tshirt lamp vase backpack cushion clock tote)
for p in "${products[@]}"; do
    render_still "$p" studio 640 "" "$out/src-$p.jpg"
    add_entry "{\"id\": \"src-$p\", \"file\": \"media/src-$p.jpg\", \"mime\": \"image/jpeg\", \"kind\": \"image\", \"is_source_photo\": true, \"source\": null, \"product\": \"$p\", \"width\": 640, \"height\": 640, \"duration_ms\": 0, \"defects\": [], \"regions\": [], \"ranges\": []}"
done

# --- 2. Generated images ------------------------------------------------------------------------
region_json() { # tag x y w h
    printf '{"tag": "%s", "x": %s, "y": %s, "w": %s, "h": %s}' "$@"
}
gen_image() { # id source-product shown-product style ext extra-filters defects-json regions-json
    local id=$1 src=$2 shown=$3 style=$4 ext=$5 extra=$6 defects=$7 regions=$8
    local mime=image/jpeg; [[ $ext == png ]] && mime=image/png
    render_still "$shown" "$style" 640 "$extra" "$out/$id.$ext"
    add_entry "{\"id\": \"$id\", \"file\": \"media/$id.$ext\", \"mime\": \"$mime\", \"kind\": \"image\", \"is_source_photo\": false, \"source\": \"src-$src\", \"product\": \"$shown\", \"width\": 640, \"height\": 640, \"duration_ms\": 0, \"defects\": [$defects], \"regions\": [$regions], \"ranges\": []}"
}

# A blotch of generation artefacts: noisy, colour-smeared, melted pixels in one rectangle.
artefact_filter() { # x y w h (normalised)
    local x y w h; x=$(px "$1" 640); y=$(px "$2" 640); w=$(px "$3" 640); h=$(px "$4" 640)
    printf ',split[base][patch];[patch]crop=%d:%d:%d:%d,geq=r=%s:g=%s:b=%s,noise=alls=70:allf=u,boxblur=3:1,hue=h=150:s=2.5[blot];[base][blot]overlay=%d:%d' \
        "$w" "$h" "$x" "$y" \
        "'r(X+9*sin(Y/5),Y+7*cos(X/7))'" "'g(X+11*sin(Y/9),Y)'" "'b(X,Y+13*sin(X/4))'" "$x" "$y"
}
garble_filter() { # textfile x y size colour (pixels)
    printf ',drawtext=fontfile=%s:textfile=%s:fontsize=%d:fontcolor=%s:x=%d:y=%d:box=1:boxcolor=white@0.55:boxborderw=6' \
        "$font_serif" "$1" "$4" "$5" "$2" "$3"
}
printf 'ORGΛNIC COTTТ0N 1OOX' >"$tmp/garble-tote.txt"
printf 'SUИRISE ŞUPRЕME' >"$tmp/garble-tshirt.txt"
printf '⅃Ɛ 7Ƨ ꟼ1' >"$tmp/garble-clock.txt"

fr() { printf '"%s"' "$@" | sed 's/""/", "/g'; }

gen_image gen-mug-clean mug mug warm jpg "" "" ""
gen_image gen-tshirt-clean tshirt tshirt warm png "" "" ""
gen_image gen-vase-clean vase vase cool jpg "" "" ""
gen_image gen-lamp-artefact lamp lamp warm jpg "$(artefact_filter 0.40 0.24 0.18 0.14)" \
    "$(fr artefact_visible)" "$(region_json artefact_visible 0.40 0.24 0.18 0.14)"
gen_image gen-backpack-artefact backpack backpack cool jpg "$(artefact_filter 0.36 0.46 0.22 0.20)" \
    "$(fr artefact_visible)" "$(region_json artefact_visible 0.36 0.46 0.22 0.20)"
SKIP_LABEL=1 gen_image gen-tote-garbled tote tote warm jpg "$(garble_filter "$tmp/garble-tote.txt" 200 380 22 0x2f5d34)" \
    "$(fr garbled_text)" "$(region_json garbled_text 0.30 0.575 0.52 0.07)"
gen_image gen-tshirt-garbled tshirt tshirt cool png "$(garble_filter "$tmp/garble-tshirt.txt" 214 320 34 0xe04040)" \
    "$(fr garbled_text)" "$(region_json garbled_text 0.32 0.49 0.38 0.09)"
gen_image gen-mug-colour mug mug studio jpg ",hue=h=130:s=1.3" \
    "$(fr wrong_colour)" "$(region_json wrong_colour ${BBOX[mug]})"
gen_image gen-cushion-colour cushion cushion studio jpg ",hue=h=-150:s=1.2" \
    "$(fr wrong_colour)" "$(region_json wrong_colour ${BBOX[cushion]})"
gen_image gen-vase-mismatch vase lamp cool jpg "" \
    "$(fr product_mismatch)" "$(region_json product_mismatch ${BBOX[lamp]})"
gen_image gen-clock-mismatch clock backpack warm jpg "" \
    "$(fr product_mismatch)" "$(region_json product_mismatch ${BBOX[backpack]})"
gen_image gen-clock-artefact-garbled clock clock cool png \
    "$(garble_filter "$tmp/garble-clock.txt" 262 236 28 0x202020)$(artefact_filter 0.52 0.52 0.16 0.16)" \
    "$(fr artefact_visible garbled_text)" \
    "$(region_json artefact_visible 0.52 0.52 0.16 0.16), $(region_json garbled_text 0.40 0.36 0.22 0.08)"

# --- 3. Clips -----------------------------------------------------------------------------------
# 3 s at 25 fps, 320x320: the product sways on a turntable. Glitches are built into the motion
# (a jump, a vanished object) or drawn on chosen frames (a flash, garbled text).
clip_size=320
clip_secs=3
gen_clip() { # id product style motion extra defects ranges
    local id=$1 product=$2 style=$3 motion=$4 extra=$5 defects=$6 ranges=$7
    local script="$tmp/$id.filter"
    { geq_filter "$product" "$style" "(X/W-$motion)"; label_filter "$product" "$clip_size"; printf '%s' "$extra"; } >"$script"
    "${ff[@]}" -f lavfi -i "color=c=black:s=${clip_size}x${clip_size}:r=25:d=$clip_secs,format=rgb24" \
        -filter_script:v "$script" -c:v libx264 -preset medium -crf 30 -maxrate 200k -bufsize 400k \
        -threads 1 -x264-params "keyint=50:scenecut=0" -pix_fmt yuv420p -movflags +faststart \
        "${bitexact_out[@]}" "$out/$id.mp4"
    add_entry "{\"id\": \"$id\", \"file\": \"media/$id.mp4\", \"mime\": \"video/mp4\", \"kind\": \"video\", \"is_source_photo\": false, \"source\": \"src-$product\", \"product\": \"$product\", \"width\": $clip_size, \"height\": $clip_size, \"duration_ms\": $((clip_secs * 1000)), \"defects\": [$defects], \"regions\": [], \"ranges\": [$ranges]}"
}
range_json() { printf '{"tag": "%s", "start_ms": %d, "end_ms": %d}' "$@"; }
sway="0.07*sin(2*PI*T/3)"

gen_clip vid-mug-clean mug warm "$sway" "" "" ""
gen_clip vid-backpack-clean backpack cool "$sway" "" "" ""
# Frame jump: from frame 38 (1520 ms) the turntable is 0.9 s further on: a discontinuity in motion.
gen_clip vid-lamp-jump lamp warm "0.09*sin(2*PI*(T+0.9*gte(T,1.52))/3)" "" \
    "$(fr continuity_glitch)" "$(range_json continuity_glitch 1480 1560)"
# Flash frame: frame 30 (1200-1240 ms) is a blown-out white frame.
gen_clip vid-vase-flash vase cool "$sway" ",drawbox=x=0:y=0:w=iw:h=ih:color=0xfff8e0:t=fill:enable='eq(n,30)'" \
    "$(fr flash_frame)" "$(range_json flash_frame 1200 1240)"
# Vanishing object: from 1000 to 1600 ms the tote is moved off-frame, leaving the empty backdrop.
gen_clip vid-tote-vanish tote warm "$sway+2*between(T,1.0,1.56)" "" \
    "$(fr continuity_glitch)" "$(range_json continuity_glitch 1000 1600)"
gen_clip vid-tshirt-garbled tshirt cool "$sway" \
    ",drawtext=fontfile=$font_serif:textfile=$tmp/garble-tshirt.txt:fontsize=20:fontcolor=0xe04040:x=(w-text_w)/2:y=250:box=1:boxcolor=white@0.6:boxborderw=4:enable='between(t,0.8,2.2)'" \
    "$(fr garbled_text)" "$(range_json garbled_text 800 2200)"

# --- 4. Manifest --------------------------------------------------------------------------------
{
    echo '{'
    echo '  "version": 1,'
    echo '  "generator": "tools/make-demo-media.sh",'
    echo '  "media": ['
    n=${#manifest_entries[@]}
    for ((i = 0; i < n; i++)); do
        sep=','; ((i == n - 1)) && sep=''
        echo "    ${manifest_entries[$i]}$sep"
    done
    echo '  ]'
    echo '}'
} >"$out/manifest.json"

du -ch "$out"/* | tail -1
