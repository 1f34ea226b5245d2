#!/usr/bin/env bash
# Runs `analyze` over local copies of real public Elixir applications and libraries, to judge the
# analyzer's findings and recommendations on real code (their code is never committed here).
#
#   scripts/real-apps.sh [JAR]            analyze every copy found under $APPS_DIR
#   scripts/real-apps.sh --list           print the projects and the commits the notes were measured on
#
# Environment (optional):
#   APPS_DIR  where the copies live, one folder per project named as below   (default /work/apps)
#   OUT_DIR   where <name>.json and <name>.txt are written                   (default /work/apps-out)
#
# A copy: `git clone https://github.com/OWNER/NAME && git -C NAME checkout COMMIT`, or any snapshot of
# that commit unpacked into $APPS_DIR/NAME (only the .ex/.exs files are read).
# scripts/inventory.py lists, by grep, the process modules and start sites of a copy to measure against.
# scripts/judged-tally.py OUT_DIR counts the findings and changed recommendations judged right by hand
# (docs/evaluation/issue-10 holds the judgements; re-judge what changed before quoting a figure).
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
apps_dir="${APPS_DIR:-/work/apps}"
out_dir="${OUT_DIR:-/work/apps-out}"

# owner/name  commit  kind
PROJECTS=(
  "supabase/realtime 833cf36c3a3603fff5ae5a8a0ce473a21d5fedd4 phoenix-app"
  "nerves-hub/nerves_hub_web 0bb6b5cc55b801d97fa2fa72218eb7124e23e0c5 phoenix-liveview-app"
  "firezone/firezone df8139e82dd537f4bc99af32f7f94033b809ef3e umbrella-app"
  "glific/glific d93aaee326e4754e2f932a61c35c160f97e1e5c8 phoenix-app"
  "hexpm/hexpm dee4f9b235f21e17149c504155ba1f9fb468bb01 phoenix-app"
  "teslamate-org/teslamate 8a692e29346d19cf5786fd1c8682f1628a4a60e0 phoenix-liveview-app"
  "livebook-dev/livebook 1c0941f67571cd494117897d260c39731e0a1062 phoenix-liveview-app"
  "papercups-io/papercups 6a6f5adc7f0cef5813b2c2f1c0659922defaf976 phoenix-app"
  "bors-ng/bors-ng ca725797e53a88e954998de0bbb14a8a5acb13ab phoenix-app"
  "supabase/supavisor 03e5cc5697904df3b98b2e4a587bbbd5bc054157 server-with-pools"
  "dashbitco/bytepack_archive 79f8e62149d020f2afcc501592ed399f7ce7a60b umbrella-phoenix-app"
  "kieraneglin/pinchflat 163e8eb8ccef84c3f71f274634a61820562f34be phoenix-liveview-app"
  "elixir-lsp/elixir-ls d1bfbbccde6052af3ca810b7f8463b53abe66640 umbrella-server"
  "sequinstream/sequin 46ce4e1048437575ce3c40ebb3eb589a4b9e4f27 phoenix-liveview-app"
  "Logflare/logflare e9444de8cd96fd1772dba0309ce89132d7c8b676 phoenix-app-with-pipelines"
  "blockscout/blockscout 86092e0cd88724945e3d64c0c0e084098f72be22 umbrella-app"
  "fishjam-dev/fishjam b39cb001f10f197cb3dde54067f8d5237fca22aa media-server"
  "thechangelog/changelog.com 9c26349b4a0887376daabed9b487c469e83f9091 phoenix-app"
  "ClaperCo/Claper 983552772a8403ca7df818f61ec1bbec8aa2b048 phoenix-liveview-app"
  "mirego/accent 43872af8578df4121e39ea17c679b5eebb08f3f4 phoenix-app"
  "operately/operately 8a0d2d12ff38797e0c695534d587da05e1a1ab55 phoenix-app"
  "lexical-lsp/lexical 477e8b418b27960710109d0014167bb371b0cade umbrella-server"
  "elixir-tools/next-ls eb47c98eef92ffe2b369c7c2bf56ce63b837f949 language-server"
  "trento-project/web 9b691ca43063443f24a84d0ef39cf0e22477827c phoenix-app"
  "fly-apps/live_beats ac9780472e7019af274110a1cf71250a8d40c986 phoenix-liveview-app"
  "rrrene/credo 6d07d005f4b6d635aff9dcc6f8fdbf0680beb89f command-line-tool"
  "pluralsh/plural f5ac21b43e391dceff3ecb7333ed0764b5203f75 phoenix-app"
  "sasa1977/erlangelist c5ddea9180732e56095b1a20b930dd5f686a62c0 phoenix-app"
  "team-alembic/ash_hq 2bafa906f1992558a07f48af650894599b8132a9 phoenix-liveview-app"
  "elixirschool/school_house 374b3b0bc76f70578d0f70a5afbe6a1bdf941e3a phoenix-liveview-app"
  "hexpm/hexdocs a7eeffe51935c86e3144b890dbf47407514a4994 plug-app"
  "electric-sql/electric dc07a1e6c8ff459b59ce407cdb6bf2f7fd068f36 sync-service"
  "pentacent/keila 14f1a127b1f3cf4d20962f38a88a81f69791bd24 phoenix-liveview-app"
  "hexpm/bob 17c581fa0aae0d7afad5bcaeaf84942a19f48c12 job-runner"
  "beyond-all-reason/teiserver 14e15e494359f10bdd585dc9756147c5e601e6b2 game-server"
  "algora-io/tv d7427db9f117a069a8c21a95696545702a345378 phoenix-liveview-app"
  "midarrlabs/midarr-server 73397aa00e63a646929fb05fbafe36c72482bc84 phoenix-liveview-app"
  "algora-io/algora 3c6e172394a8017e607878eb6914ef8d4094c1fd phoenix-liveview-app"
  "derpibooru/philomena 724511203efd71426994daeb82e1914f6c28db61 phoenix-app"
  "asciinema/asciinema-server 0915036e540d616df897603d3e09a708fe5e0e11 phoenix-app"
  "hexpm/preview cfff11ca760fc0cca064532f3096d5c676e4502e phoenix-app"
  "Nebo15/annon.api a77ddb8cba7903bd9bad590679eee055a6dd63a1 api-gateway"
  "mozilla/reticulum 6de55f921c86e5987a45b89d9515020cb50e53d3 phoenix-app"
  "lambdaclass/lambda_ethereum_consensus bcdf36ead7c9ee21755778b1f363a23c284c7d73 blockchain-node"
  "nerves-hub/nerves_hub_link 388b39103bf444f575604f12937bad2fd0c8340e device-client"
  "mbta/skate 5b5fbd6a3fc5def10568e0a936427809c2bfb766 phoenix-app"
  "mbta/api 56a88036b4e9a7a578f642d664afae34c4869755 umbrella-phoenix-app"
  "mbta/realtime_signs 3d8204ad1d7a8473d815a4384f85ef73210766d2 otp-service"
  "lambdaclass/mirra_backend 03ce82842a5d2d36f3a58396e7f22e0a43dfcb86 umbrella-game-server"
  "smartcitiesdata/smartcitiesdata eca092ab07dd6e7c0fd21bbaeff3d600b0aaf703 umbrella-app"
  "astarte-platform/astarte 372a2cbe2ff3179e2f7f33d15aa7df4fbc22ff27 umbrella-iot-platform"
  "aeternity/ae_mdw 08913143497bfc21b7f9dc0593aed866e6889821 blockchain-middleware"
  "sergiotapia/magnetissimo dd7b4a7f304c1f8dab33462be8935d5f1fe158bb phoenix-liveview-app"
  "hashrocket/tilex a5789bdd5ef50153b5304ac217b9f1a64dee94f4 phoenix-app"
  # fetched at the sixth stop and read cold there (zoonk: the last commit before its move to Next.js)
  "oestrich/ex_venture f4d9422e37afa7d9892ddfb180c24efa5c1de18f phoenix-app"
  "oestrich/grapevine 952beb06c04029198ae069b3fb38e8a45b173f08 phoenix-app"
  "source-academy/cadet 9363a7a23ad43c83b54bb6f5266f1b11eff6bf61 phoenix-app"
  "membraneframework/membrane_videoroom 30687a56a3d18964bc149eda91a24029c9c2436b phoenix-app"
  "code-corps/code-corps-api e8520c69fec36725b4e949de1185464279f6b693 phoenix-app"
  "BeaconCMS/beacon 575a9b95c5121d19c729109900039aa0115e9853 library"
  "elixir-desktop/desktop-example-app 83aedd38f44b6eaa72b1b90fca6580c8b044f178 phoenix-app"
  "edgurgel/verk a72c441108494c65e2008b09fe83b1542b7d7174 library"
  "commanded/commanded 71cd0de79f5c964c0d30ed188a1cc664038fe6ba library"
  "bigardone/phoenix-trello 60c874de63126b5659a42ef8e05846ca16e3e30a phoenix-app"
  "sheharyarn/que 860826798a127f32c88e0e49fecb0f49bb74ec80 library"
  "surface-ui/surface 4e686892f027825cb8ec61bd744396ebb4522d54 library"
  "hexpm/hex bd57e0ddb3180d517c63d7bef75be3f20e389518 library"
  "zoonk/zoonk 8d2c494b02eee2c4bc6f0ce04fa5ce6a0e22e2fa phoenix-app"
  "poanetwork/poa-netstats-warehouse 1c7f79d7c1e46a039a7ffb5f3abf768789837751 otp-app"
  "poanetwork/poa-netstats-agent e405b86259e8499e0e665b798811da4bf97d9d52 otp-app"
  "nerves-hub/nerves_hub_cli 0fdeb8c37fc278484d3e670a75813d1cebb7ba02 library"
  # fetched later at the sixth stop for its second cold reading (HEAD of each snapshot)
  "cabol/nebulex b20cd77f6c6df73414aba332017b86e9dd5cd36b library"
  "sorentwo/kiq 5ce21e15ea3ee9bb10090a79a2b5cce5eb824d99 library"
  "nerves-project/nerves_examples 9f21787a0fd189ffa1b6c70a0fd6af7fd7f0d6bf otp-app"
  "CargoSense/fable e786bad6ff50e346f7f1f0e37c4c0b6225caf222 library"
  "FarmBot/farmbot_os 32c6738c2a46f6ad1a75f3dde4494bef2bcb3914 otp-app"
  "akira/exq ffa446eb3992fa22dea2db3d4f7bd594f5326952 library"
  # fetched at the seventh stop and read cold there, before any change for them (HEAD of each snapshot;
  # alerts_concierge and dotcom: only their .ex/.exs files, the snapshots lack some other blobs)
  "operable/cog 701e3087ead8cee17b5404a854ab3049e48b8fe8 phoenix-app"
  "mbta/concentrate 8ac057bbfb4d30cc111c3e1bba0027939707da8a service"
  "mbta/alerts_concierge ec525e1b44afebfd627ab44a508af45e66f6e8af umbrella-app"
  "etalab/transport-site 06c2f3e86a0f738532d0900ec28cc3db80e5f396 umbrella-app"
  "helium/console ec970adfc39c50f88ef4e948788bf077f30027fd phoenix-app"
  "mbta/signs_ui 47f4d35d3f6e9354b090c10107c07894f119c593 phoenix-app"
  "mbta/dotcom 5c69fee0768ad3f3dec1a819ec3f3ada418277f4 phoenix-liveview-app"
  "newrelic/elixir_agent 282c7489b08a670babf323f3bea678f10e2fc54b library"
  # fetched later at the seventh stop for its second cold reading (HEAD of each snapshot)
  "mbta/screens b4bd488b5cdec255a09e84a9f27365679a43ac93 phoenix-app"
  "hippware/wocky e45fee28117638d64a61bd9e787c45e2760c2b1d umbrella-app"
  "mbta/orbit 9789dd97d4c158b7bc805339699eff2fc28d26e0 phoenix-app"
  "erlef/website 74605d60698075d81f61f5d98712fb3fbb0fb1e0 phoenix-liveview-app"
  "hexpm/diff 7693acb9f0e5b8b91ad8027e5f1de1737390fcf0 phoenix-liveview-app"
  # fetched for the seventh stop's third cold reading (HEAD of each snapshot; meadow: only its .ex/.exs files)
  "mbta/prediction_analyzer 9137df7dd197ae0e6331380a98425c6c7cb9d586 phoenix-app"
  "mbta/screenplay c16dd8083cb51a66a6015a05d9790fbeabf3eebc phoenix-app"
  "mbta/commuter_rail_boarding b7cae9ba6384919d812c28380eff372a4937fc3f service"
  "nulib/meadow 2a88214dad1036f259e4ece52abd7f549f85a8c9 phoenix-app"
  "pedromtavares/moba 9188d89d9ded92518b271460715ce10bf84de58e phoenix-liveview-app"
  # fetched for the seventh stop's fourth cold reading (HEAD of each snapshot; archethic-node: its .ex/.exs files)
  "aviacommerce/avia 8eb0c6707886ef404194a1cef47600c020604967 umbrella-app"
  "archethic-foundation/archethic-node 7ea2e2262dcc58eacec7ca93baee4f5d14af12e7 service"
  "sasa1977/demo_system 08aa46f627d602a27d2240977e7e6751651c66f9 phoenix-app"
  "edgehog-device-manager/edgehog 343adab7279ba272fe87dc3e1b4650ffe06d0482 phoenix-app"
  # fetched at the eighth stop and read cold there with main as it was at the start of the stop (HEAD of each
  # snapshot; only their .ex/.exs files; ockam: its Elixir part, implementations/elixir and examples/elixir)
  "Kraigie/nostrum e63a62fa85934a555251684cf789d81073f68adb otp-app"
  "build-trust/ockam fb8fb64cd13971e1966acf64a81426ad8f5037fd otp-app"
  "santiment/sanbase2 61cfd7a777a6b51eb4e04057316a23e67313d750 phoenix-liveview-app"
  "wasmCloud/wasmcloud-otp bef1820755fa3d04270efa71beb9840e410ffac5 otp-app"
  "mana-ethereum/mana 9bfceb8685e67e33a2671716c1d07e2a5b2e765c umbrella-app"
  "eigr/spawn dcbaec4f8fcd9921a7c19e65073fb793d6aeda7b server-with-pools"
  # fetched later at the eighth stop for its second cold reading (HEAD of each snapshot; only their .ex/.exs files)
  "anoma/anoma 38fd6618c0dcb650e4b93c67c87ab91f9f33d8e8 umbrella-app"
  "jchristgit/bolt 9fb73298be952cb22d0ba240531ddc7b8b879913 otp-app"
  "aeternity/elixir-node d35613f5541a9bbebe61f90b8503a9b3416fe8b4 umbrella-app"
  "mbta/mobile_app_backend 05b9de41f289d2628e7ef997932d3c0ae9143929 phoenix-app"
  "comboy/bitcoin-elixir 5ca9f8bf4e9b2b38527670e80568a85e0aa612c0 otp-app"
  # fetched for the eighth stop's third cold reading (HEAD of each snapshot; only their .ex/.exs files)
  "omisego/elixir-omg 967f3b22fcafcc49d0ef5b614f2366c915f5b9a8 umbrella-app"
  "diodechain/diode_server 9fd4f70e53fe612327d79846b4341dba7f7c3b86 otp-app"
  "CityOfZion/neo-scan cce412984b5a1bf7b008ab78df7f68dd769b39d7 umbrella-app"
  "smpallen99/ucx_ucc 47225f205a6ac4aacdb9bb4f7512dcf4092576ad phoenix-app"
  "edgurgel/poxa 141c3107761405801fb03a6a1632075e3819b680 server-with-pools"
  # fetched at the ninth stop and read cold there (HEAD of each snapshot; only their .ex/.exs files). groupher_server,
  # auth and forge-elixir-sdk hold one process module or none; elixir-in-action is a book's code, not read
  "fremantle-industries/tai c75fb64f699c37a06bdd55573e39a77ed9d895f8 umbrella-app"
  "omisego/ewallet 4674c8f969eef9d6a4082fa1795c15909f448ae3 umbrella-app"
  "koudelka/honeydew 7c0e825c70ef4b72c82d02ca95491e7365d6b2e8 library-with-pools"
  "cronokirby/alchemy 7952a0edfd39958cb9e949aff4602263c38ab494 otp-app"
  "groupher/groupher_server ea27d4780d6d660a1ddbb7959f5a03d3558b7367 phoenix-app"
  "dwyl/auth cbeedace69af42acb604137c5b5a5acbac6a58f1 phoenix-app"
  "ArcBlock/forge-elixir-sdk 61ff656a59116d3da18055d54655e8eb5ca15f63 library"
  "sasa1977/elixir-in-action 4e9067ab5a98959bf5198b2b340a89af429e15c5 book-code"
  # fetched at the tenth stop and read cold there (HEAD of each snapshot; only their .ex/.exs files). aircloak is a
  # repository of several Mix projects (air, cloak, central...); pleroma is the pleroma-social mirror (January 2021)
  "Aircloak/aircloak edf7335fb55c874b1a09f873f4320b0e6b84277b multi-project-app"
  "wintermeyer/vutuv e6c106abe22e3af397bd1e134aae5c2a118b2297 phoenix-liveview-app"
  "pleroma-social/pleroma f917285b72dbc770be40478e1a55973f29d5db7d phoenix-app"
  "Accenture/reactive-interaction-gateway b65435c63db0572e7a0ed5acba08198c0bed7439 phoenix-app"
  "Cinderella-Man/hedgehog 3ed1469919ba819280709a8f26def761003a99df umbrella-app"
  "bikebrigade/dispatch 711f62f60c56fd7717123c70cbdfc0d6019c3b2f phoenix-liveview-app"
  # fetched at the eleventh stop and read cold there (HEAD of each snapshot; only their .ex/.exs files). lenra-io/server
  # is unpacked as `server`; ex_nvr holds Nerves firmware projects next to its Phoenix application
  "evercam/ex_nvr f1c4f05b5d63a46eeb5858ed321d9cb6386775c4 phoenix-liveview-app"
  "thiagoesteves/deployex 07e4a8f067537b5ce090a40942d9e11fa24cc0e7 umbrella-app"
  "lenra-io/server 1c4aafa35f286fcaf1152e05a66b62c5b46e239e umbrella-app"
  "hexlet-codebattle/codebattle 05f8883098b294e9506b43ab03713698a75c6086 umbrella-app"
  "John-Inzalaco/frayt-elixir 54bfb4ea8a85780d78744a6f24c02712cdabf3a2 phoenix-liveview-app"
  "nxy7/streampai-elixir dd17b63808df09da5ab523af26d27547dd15972f phoenix-app"
  # fetched later in the eleventh stop for its third cold reading (spek's Elixir code is in api/; sensocto has a
  # second application in simulator/)
  "adiibanez/sensocto 9ad01e3570a6e060815e2a16b13dd710af3e68c9 phoenix-liveview-app"
  "inhindsight/hindsight ef69b4c1a74c94729dd838a9a0849a48c9b6e04c umbrella-app"
  "withspek/spek 593fe43cdb0873cb4a850fbcfb7bc7ad07bcae7f server-with-pools"
  "DenisGorbachev/cryptozaur 94e5097ff24237fbc5fdd3fea371a5c9a1f727e4 otp-app"
  "agentjido/jido_code 03efe8ebb15b654aabf62d7ec69bb7e76b16ad4b otp-app"
  # and for its fourth (msgr's Elixir code is in msgr/backend; aprs.me and Samgita keep the repository's spelling)
  "FlyingDutchmanGames/battle_box 301091955b68cd4672f6513d645eca4e3c4e17d0 phoenix-liveview-app"
  "gsmlg-opt/Samgita d64ba9b70e5a3fa98b791431e1f7abf931fc8a54 umbrella-app"
  "mikalv/msgr 109de223272b6ead5ff463f626e8190cc1e01106 umbrella-app"
  "aprsme/aprs.me caff19c02fbe615abdb4274e7c2a45b32bfd6212 phoenix-liveview-app"
  "wanderer-industries/wanderer 36ced18c8fbcbc42c803de5014a8ef0ba70c1a4e phoenix-liveview-app"
  # fetched at the thirteenth stop and read cold there (HEAD of each snapshot; evercam-server is vqc's copy of
  # evercam's, last changed in 2017; domolixir is three Mix projects side by side: domo, web, fw)
  "abc3/hydra-srt 626c55b9d1e45fa210dbf287c361f19b44c0e308 server"
  "mbta/ride_along 7c49cad618ad8d02c40f1422775f4c59187def07 phoenix-liveview-app"
  "galaddirie/browsergrid bbe2c2b48dca3df35dcee543b7a5b43226d82068 phoenix-liveview-app"
  "vqc/evercam-server f247bda5fee5d3ee07120bbcc488168f64546db5 phoenix-app"
  "derekkraan/domolixir 9d1cba49d960148a6b1828b54c342e55d09800c7 iot-multi-app"
  # and for its third reading (gamend lacks two web assets and nerves_gate its tailscale binaries: every .ex is there;
  # coffee_time's code is in app/ and firmware/)
  "pikdum/thistle_tea 61f687afaa8a28cdf1bfdf3edc43b70c1b7e9236 game-server"
  "appsinacup/gamend 80e3a98a4372f39914f128848dafef02cb635209 umbrella-game-backend"
  "Dahrkael/ExTracker ab0a1e19f7d10f4e34e920bd01c51bb53be52e25 server"
  "benwilson512/coffee_time a58f45472671f14220e7a343c52d8ed0d5780ad6 nerves-iot-app"
  "sid2baker/nerves_gate c15a54eee2ead46fea987848b75abe53fe4c6fa5 nerves-iot-app"
  "phoenixframework/phoenix 167c46950cf53aef363d672687cc653267c20aa6 library"
  "elixir-ecto/ecto c624abf4297b27589a5a7351b55feb2316f61e1c library-with-pools"
  "oban-bg/oban 2939e3134d0812195fbfcfe9a8e8d4bbd30bb23b library"
  "elixir-plug/plug a898c454a04ca5ffad306bd751a15c7ac9ff6927 library"
  "elixir-lang/elixir 63a7a054ceb2383d795731db8e6ea28aa30e4a03 language"
  # fetched at the fourteenth stop and read cold there (HEAD of each snapshot; tymeslot's snapshot lacks 26 large
  # background videos under priv/static/videos/backgrounds: every .ex and .exs is there)
  "grrrisu/thundermoon-umbrella f8afc0a94daec64b4b2dca38422d065ad5f59659 phoenix-liveview-umbrella"
  "Manwholikespie/Sue 24bb6dcb98a7195ec0791fe3a5f233471e306754 chatbot-umbrella"
  "Tymeslot/tymeslot 7ae42b721ca8e482325760e0605ebf9067ca1818 phoenix-liveview-app"
  "daniboybye/ElixirTorrent 6a0580bea1878ea23c7045453da766b8aa576ed5 bittorrent-client"
  "gaynetdinov/ex_money 39010f02fd822657e3b5694e08b872bd2ab72c26 phoenix-app-sync-workers"
  # and for its third reading (gristle lacks nine images and has one file Elixir itself does not parse,
  # nerves_ground_robot_deprecated/lib/node_config/master.ex:75; elixir-webrtc/apps holds three Phoenix apps)
  "copperpunk-elixir/gristle 09944e2f4a858c044e40150048a2c34898624a81 nerves-vehicle-control"
  "elixir-webrtc/apps 6998d3d609d928cd715cc5332bf1fa7ca491fdd7 phoenix-webrtc-apps"
  "powelli13/dara-dots 9128657bade7a0393ca80b837c434813420b31c4 umbrella-game-server"
  "CultivateHQ/marty-nerves 1d7c6ef11f87a4105115e2f4bf71b8ef60f6493b nerves-robot-umbrella"
  "fremantle-industries/rube 12d3e29d0dc42ed8861c424f8b316a4ef629bd89 phoenix-liveview-defi"
)

if [[ "${1:-}" == "--list" ]]; then
  printf '%s\n' "${PROJECTS[@]}"
  exit 0
fi

jar="${1:-}"
if [[ -z "$jar" ]]; then
  shopt -s nullglob
  jars=("$root"/advisor-core/target/otp-advisor-core-*-cli.jar)
  shopt -u nullglob
  if [[ ${#jars[@]} -ne 1 ]]; then
    echo "real-apps.sh: build the runnable jar first (mvn -q package -DskipTests) or name it" >&2
    exit 2
  fi
  jar="${jars[0]}"
fi

mkdir -p "$out_dir"
status=0
for entry in "${PROJECTS[@]}"; do
  read -r repo commit kind <<<"$entry"
  name="${repo#*/}"
  dir="$apps_dir/$name"
  if [[ ! -d "$dir" ]]; then
    echo "skip $repo: no copy at $dir (commit $commit)" >&2
    continue
  fi
  java -jar "$jar" analyze --format json --fail-on none "$dir" >"$out_dir/$name.json" 2>"$out_dir/$name.err"
  rc=$?
  java -jar "$jar" analyze --fail-on none "$dir" >"$out_dir/$name.txt" 2>/dev/null
  if [[ $rc -ne 0 ]]; then
    echo "$repo: analyze exited $rc (see $out_dir/$name.err)" >&2
    status=1
  fi
  echo "$repo ($kind): $(tail -1 "$out_dir/$name.err")"
done
exit $status
