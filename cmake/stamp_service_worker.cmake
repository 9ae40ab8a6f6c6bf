# Script mode: SITE. Names the service worker's cache after a hash of the shell files,
# so every build that changes them gets a new cache and the old one is removed.
set(combined "")
foreach(file index.html app.js app.css plan_crypto.js keystone.js keystone.wasm manifest.webmanifest)
  file(SHA256 ${SITE}/${file} hash)
  string(APPEND combined ${hash})
endforeach()
string(SHA256 build_hash "${combined}")
string(SUBSTRING ${build_hash} 0 16 build_id)
file(READ ${SITE}/sw.js text)
string(REPLACE "__BUILD_ID__" "${build_id}" text "${text}")
file(WRITE ${SITE}/sw.js "${text}")
file(WRITE ${SITE}/build-id.txt "${build_id}\n")
