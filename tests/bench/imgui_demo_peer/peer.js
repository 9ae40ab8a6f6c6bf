// Emscripten's module settings for the peer: draw into the page's canvas.
var Module = { canvas: document.getElementById('canvas') };
