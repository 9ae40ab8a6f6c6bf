// The accessibility mirror: an invisible DOM tree over the canvas standing for what Keystone
// draws, for screen readers, magnifiers and touch exploration (docs/accessibility.md).
//
// After each frame that changed what a screen reader should know, C++ hands over the items
// with a role, their rectangles, the keyboard focus and the notices showing
// (src/ui/shell/accessibility_mirror.h). This file diffs that into the DOM: one element per
// item, kept by item id, only changed attributes written, so an unchanged screen costs no
// DOM work. Focus goes both ways: the app's focus moves the DOM focus here, and focusing or
// activating an element here focuses or presses the same item in the app.
(function () {
  'use strict';
  var INTERACTIVE = {
    button: 1, checkbox: 1, radio: 1, tab: 1, textbox: 1, spinbutton: 1, slider: 1,
    combobox: 1, option: 1, menuitem: 1, tree: 1, treeitem: 1,
  };
  var TEXT_ENTRY = { textbox: 1, spinbutton: 1, combobox: 1 };

  var root = null, politeRegion = null, alertRegion = null;
  var elements = new Map();  // key -> element; element.item is the item it stands for
  var focusedKey = null;
  var announced = new Set();
  var ownFocus = false;  // DOM focus is being moved here, not by assistive technology
  var stats = { updates: 0, mutations: 0, elements: 0, lastUpdateMs: 0 };

  function setAttr(el, name, value) {
    var current = el.getAttribute(name);
    if (value === null || value === undefined || value === false) {
      if (current !== null) { el.removeAttribute(name); stats.mutations++; }
      return;
    }
    value = String(value);
    if (current !== value) { el.setAttribute(name, value); stats.mutations++; }
  }

  function setText(el, text) {
    if (el.textContent !== text) { el.textContent = text; stats.mutations++; }
  }

  // Items are placed at their rectangle (CSS pixels), relative to the element holding them.
  function place(el, item, parentItem) {
    var x = item.x - (parentItem ? parentItem.x : 0), y = item.y - (parentItem ? parentItem.y : 0);
    var css = 'left:' + x.toFixed(1) + 'px;top:' + y.toFixed(1) + 'px;width:' +
      Math.max(0, item.w).toFixed(1) + 'px;height:' + Math.max(0, item.h).toFixed(1) + 'px';
    if (el.keystoneCss !== css) { el.style.cssText = css; el.keystoneCss = css; stats.mutations++; }
  }

  // Everything about an item but where it is: when the chart pans, cards only move, and
  // their attributes are not read or written again.
  function signature(item) {
    var text = '';
    for (var key in item) {
      if (key !== 'x' && key !== 'y' && key !== 'w' && key !== 'h') text += key + '=' + item[key] + '\u0001';
    }
    return text;
  }

  function describe(el, item) {
    var same = signature(item);
    if (el.keystoneSignature === same) return;
    el.keystoneSignature = same;
    var role = item.role;
    var plain = role === 'text';
    setAttr(el, 'role', plain ? null : role);
    // Text, headings and the save status are read from their content; controls by label,
    // with their value as content where ARIA takes it from there (text fields, combos).
    var content = plain || role === 'heading' || role === 'status' ? item.name
      : TEXT_ENTRY[role] ? (item.value || '') : '';
    setAttr(el, 'aria-label', plain || role === 'heading' || role === 'status' ? null : item.name || null);
    setText(el, content);
    setAttr(el, 'aria-level', role === 'heading' ? item.level || 2 : role === 'treeitem' ? item.level || 1 : null);
    setAttr(el, 'aria-multiline', role === 'textbox' ? (item.multiline ? 'true' : 'false') : null);
    setAttr(el, 'aria-placeholder', item.hint || null);
    setAttr(el, 'aria-checked', item.checked === undefined ? null : item.checked ? 'true' : 'false');
    setAttr(el, 'aria-expanded', item.expanded === undefined ? null : item.expanded ? 'true' : 'false');
    var selectable = role === 'tab' || role === 'option' || role === 'treeitem';
    setAttr(el, 'aria-selected', selectable ? (item.selected ? 'true' : 'false') : null);
    setAttr(el, 'aria-current', !selectable && item.selected ? 'true' : null);
    setAttr(el, 'aria-disabled', item.disabled ? 'true' : null);
    setAttr(el, 'aria-modal', role === 'dialog' ? 'true' : null);
    setAttr(el, 'aria-haspopup', role === 'combobox' ? 'listbox' : null);
    var ranged = role === 'slider' || role === 'spinbutton';
    var number = ranged && item.now !== undefined ? item.now : ranged ? parseFloat(item.value) : NaN;
    setAttr(el, 'aria-valuenow', ranged && isFinite(number) ? number : null);
    setAttr(el, 'aria-valuemin', role === 'slider' ? item.min : null);
    setAttr(el, 'aria-valuemax', role === 'slider' ? item.max : null);
    setAttr(el, 'aria-valuetext', ranged && item.value ? item.value : null);
    if (INTERACTIVE[role]) {
      setAttr(el, 'tabindex', item.focused ? '0' : '-1');
      if (!el.keystoneListening) {
        el.keystoneListening = true;
        el.addEventListener('focus', function () {
          if (!ownFocus && el.item) Module._keystone_a11y_focus(el.item.id, 0);
        });
        el.addEventListener('click', function (e) {
          e.preventDefault();
          if (el.item) Module._keystone_a11y_focus(el.item.id, 1);
        });
      }
    } else {
      setAttr(el, 'tabindex', null);
    }
  }

  // Text items have no id: they are told apart by where they are and what they say.
  function keysFor(items) {
    var seen = new Map();
    return items.map(function (item) {
      if (item.id) return 'i' + item.id;
      var key = 't' + item.container + ':' + item.role + ':' + item.name;
      var n = seen.get(key) || 0;
      seen.set(key, n + 1);
      return key + '#' + n;
    });
  }

  function announce(notices) {
    var current = new Set();
    notices.forEach(function (notice) {
      var key = notice.kind + '@' + notice.at + ':' + notice.text;
      current.add(key);
      if (announced.has(key)) return;
      var region = notice.kind === 'error' ? alertRegion : politeRegion;
      // Emptied first, so the same words again (a second identical notice) are read again.
      region.textContent = '';
      setTimeout(function () { region.textContent = notice.text; }, 100);
    });
    announced = current;
  }

  // The hidden text field that receives typing is what has focus while a field is edited:
  // it carries the field's name then, so a screen reader says where the typing goes.
  var lastFocusedItem = null;
  function labelTextInput(focusedItem) {
    lastFocusedItem = focusedItem;
    var input = document.getElementById('keystone-text-input');
    if (!input) return;
    var typing = focusedItem && TEXT_ENTRY[focusedItem.role];
    setAttr(input, 'aria-hidden', typing ? null : 'true');
    setAttr(input, 'aria-label', typing ? focusedItem.name : null);
  }

  function update(json) {
    var start = performance.now();
    var tree = JSON.parse(json);
    var items = tree.items, keys = keysFor(items);
    var byId = new Map();
    items.forEach(function (item) { if (item.id) byId.set(item.id, item); });
    var wanted = new Set(keys);
    elements.forEach(function (el, key) {
      if (!wanted.has(key)) { el.remove(); elements.delete(key); stats.mutations++; }
    });
    var nextIndex = new Map();  // parent element -> index of its next child
    var focusedItem = null, focusKey = null;
    items.forEach(function (item, i) {
      var key = keys[i];
      var el = elements.get(key);
      if (!el) { el = document.createElement('div'); elements.set(key, el); }
      el.item = item;
      var parentItem = item.container ? byId.get(item.container) : null;
      var parent = parentItem ? elements.get('i' + parentItem.id) : root;
      // A tab's panel follows its tab list rather than sitting inside it.
      if (item.role === 'tabpanel' && parentItem && parentItem.role === 'tablist') {
        parentItem = parentItem.container ? byId.get(parentItem.container) : null;
        parent = parentItem ? elements.get('i' + parentItem.id) : root;
      }
      if (!parent) { parent = root; parentItem = null; }
      var index = nextIndex.get(parent) || 0;
      if (parent.children[index] !== el) { parent.insertBefore(el, parent.children[index] || null); stats.mutations++; }
      nextIndex.set(parent, index + 1);
      place(el, item, parentItem);
      describe(el, item);
      if (item.focused) { focusedItem = item; focusKey = key; }
    });
    if (tree.focus && focusKey !== focusedKey) {
      var target = elements.get(focusKey);
      var typing = document.activeElement && document.activeElement.id === 'keystone-text-input';
      if (target && !typing) {
        ownFocus = true;
        target.focus({ preventScroll: true });
        ownFocus = false;
      }
    }
    focusedKey = focusKey;
    // Focus left on an element that went away would leave the keyboard nowhere.
    if (document.activeElement === document.body && window.Module && Module.canvas) {
      Module.canvas.focus({ preventScroll: true });
    }
    labelTextInput(focusedItem);
    announce(tree.notices || []);
    stats.updates++;
    stats.elements = elements.size;
    stats.lastUpdateMs = performance.now() - start;
  }

  function region(role, live) {
    var el = document.createElement('div');
    el.className = 'keystone-live';
    el.setAttribute('role', role);
    el.setAttribute('aria-live', live);
    el.setAttribute('aria-atomic', 'true');
    document.body.appendChild(el);
    return el;
  }

  root = document.getElementById('keystone-a11y');
  politeRegion = region('status', 'polite');
  alertRegion = region('alert', 'assertive');
  window.keystoneMirror = {
    update: update,
    // The text input was just created or focused: name it after the field being edited.
    textInputActivated: function () { labelTextInput(lastFocusedItem); },
    stats: function () { return Object.assign({}, stats); },
  };
})();
