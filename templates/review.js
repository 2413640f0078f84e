// The review page's behaviour: each change is one POST of JSON to api/ACTION (relative to the page, whose path
// holds the token); the server answers with the cards and quiz panel to redraw, rendered and escaped there.
// Nothing from the server is put in the page except those fragments; messages go in as text.
"use strict";
(() => {
  const status = document.getElementById("status");
  const offer = document.getElementById("offer");
  let pendingOffer = null;
  let selection = null;

  function say(message, isError) {
    status.textContent = message;
    status.classList.toggle("error", Boolean(isError));
  }

  async function send(action, body) {
    const response = await fetch("api/" + action, {
      method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body),
      credentials: "same-origin", cache: "no-store",
    });
    const data = await response.json().catch(() => ({error: response.statusText}));
    if (!response.ok) throw new Error(data.error || response.statusText);
    return data;
  }

  function fragment(html) {
    const template = document.createElement("template");
    template.innerHTML = html.trim();
    return template.content.firstElementChild;
  }

  function sectionOf(article) {
    return [...document.querySelectorAll(".article-review")].find((s) => s.dataset.article === article);
  }

  function redraw(reply) {
    const section = sectionOf(reply.article);
    if (!section) return;
    for (const [key, html] of Object.entries(reply.cards || {})) {
      const fresh = fragment(html);
      const old = [...section.querySelectorAll(".card")].find((c) => c.dataset.key === key);
      if (old) old.replaceWith(fresh);
      else section.querySelector(".cards").prepend(fresh);
    }
    if (reply.quiz) section.querySelector(".quiz-pane").replaceWith(fragment(reply.quiz));
  }

  async function act(action, body, onError) {
    try {
      const reply = await send(action, body);
      redraw(reply);
      say(reply.message || "saved");
      return reply;
    } catch (error) {
      if (onError) onError(error.message);
      else say(error.message, true);
      return null;
    }
  }

  function showOffer(article, offers) {
    if (!offers || !offers.length) return;
    const {old, new: changed} = offers[0];
    pendingOffer = {article, old, new: changed, keys: offers.map((o) => o.key)};
    offer.querySelector(".offer-text").textContent =
      `The same change (“${old}” → “${changed}”) fits ${offers.length} other card` +
      `${offers.length === 1 ? "" : "s"} on this sentence. Change ${offers.length === 1 ? "it" : "them"} too?`;
    offer.hidden = false;
  }

  function settingsOf(form) {
    const data = new FormData(form);
    return {deck: data.get("deck"), title: data.get("title"), class: data.get("class"),
            versions: Number(data.get("versions")), name: data.get("name"), formats: data.getAll("formats")};
  }

  document.addEventListener("click", async (event) => {
    const button = event.target.closest("button[data-action]");
    if (!button) return;
    const action = button.dataset.action;
    const card = button.closest(".card, .quiz-item");
    const where = card ? {article: card.dataset.article, key: card.dataset.key} : null;
    if (action === "drop" || action === "keep") await act("deck", {...where, keep: action === "keep"});
    else if (action === "up" || action === "down") await act("move", {...where, step: action === "up" ? -1 : 1});
    else if (action === "edit") {
      const open = card.querySelector(".edit-form");
      if (open) { open.remove(); return; }
      try {
        const reply = await send("form", where);
        const form = fragment(reply.form);
        card.append(form);
        form.querySelector("textarea, input").focus();
      } catch (error) { say(error.message, true); }
    } else if (action === "cancel") button.closest(".edit-form").remove();
    else if (action === "apply-fix" && pendingOffer) {
      offer.hidden = true;
      await act("fix", pendingOffer);
      pendingOffer = null;
    } else if (action === "dismiss-offer") {
      offer.hidden = true;
      pendingOffer = null;
    } else if (action === "add-cloze" && selection) {
      const chosen = selection;
      selection = null;
      button.disabled = true;
      await act("add", chosen);
    } else if (action === "export") {
      say("exporting…");
      if (await act("settings", {settings: settingsOf(document.getElementById("settings"))})) await act("export", {});
    }
  });

  document.addEventListener("change", async (event) => {
    const box = event.target;
    if (box.matches("input[type=checkbox][data-action=quiz]")) {
      const card = box.closest(".card");
      await act("quiz", {article: card.dataset.article, key: card.dataset.key, on: box.checked});
    }
  });

  document.addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = event.target;
    if (form.id === "settings") {
      await act("settings", {settings: settingsOf(form)});
      return;
    }
    const card = form.closest(".card");
    if (!card) return;
    const data = new FormData(form);
    const choices = data.has("choices") ? String(data.get("choices")).split("\n").map((c) => c.trim()).filter(Boolean) : null;
    const error = form.querySelector(".error");
    const reply = await act("edit", {article: card.dataset.article, key: card.dataset.key,
                                     prompt: data.get("prompt"), answer: data.get("answer"), choices},
                            (message) => { error.textContent = message; });
    if (reply) showOffer(card.dataset.article, reply.offers);
  });

  // Selecting words inside one sentence of the article offers a fill-in-the-blank card on that sentence.
  document.addEventListener("selectionchange", () => {
    const picked = window.getSelection();
    selection = null;
    document.querySelectorAll("button[data-action=add-cloze]").forEach((b) => { b.disabled = true; });
    if (!picked || picked.isCollapsed || picked.rangeCount !== 1) return;
    const range = picked.getRangeAt(0);
    const start = range.startContainer.parentElement?.closest(".sentence");
    const end = range.endContainer.parentElement?.closest(".sentence");
    if (!start || start !== end) return;
    const before = document.createRange();
    before.setStart(start, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const offset = before.toString().length;
    const section = start.closest(".article-review");
    selection = {article: section.dataset.article, sentence: Number(start.dataset.sentence),
                 start: offset, end: offset + range.toString().length};
    section.querySelector("button[data-action=add-cloze]").disabled = false;
  });

  // Pointing at a card marks its sentence in the article.
  document.addEventListener("mouseover", (event) => {
    const card = event.target.closest(".card");
    document.querySelectorAll(".sentence.hot").forEach((s) => s.classList.remove("hot"));
    if (!card) return;
    const section = card.closest(".article-review");
    const sentence = section && section.querySelector(`.sentence[data-sentence="${Number(card.dataset.sentence)}"]`);
    if (sentence) sentence.classList.add("hot");
  });
})();
