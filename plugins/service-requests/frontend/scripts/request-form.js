/*
 * "Signaler un problème" as one smooth page (service-requests plugin, issue #5). Without this file
 * every step is a plain form post and a full page load, and that stays the reference: this only
 * sends the same requests with fetch, follows the same 303 redirect and swaps the form's region
 * ([data-request-form]) with the one of the answer, then moves focus to the new step's heading (or
 * to the error alert) and says the step in a polite live region. Anything unexpected — a network
 * error, an answer that is not this page's HTML — falls back to the normal submission or navigation.
 */
;(function () {
  var current = document.querySelector('[data-request-form]')
  if (
    !current ||
    !window.fetch ||
    !window.FormData ||
    !window.DOMParser ||
    !window.URLSearchParams ||
    !history.pushState
  )
    return
  var path = location.pathname
  var isBusy = false
  var live = document.createElement('div')
  live.className = 'visually-hidden'
  live.setAttribute('aria-live', 'polite')
  document.body.appendChild(live)
  history.replaceState({ requestForm: true }, '')

  var region = function () {
    return document.querySelector('[data-request-form]')
  }

  /** Inline scripts of the new region (map scaling, "use my location") run as on a page load. */
  var runScripts = function (root) {
    root.querySelectorAll('script').forEach(function (old) {
      var script = document.createElement('script')
      script.text = old.text
      old.replaceWith(script)
    })
  }

  var swap = function (html, url, isPush) {
    var doc = new DOMParser().parseFromString(html, 'text/html')
    var next = doc.querySelector('[data-request-form]')
    var here = region()
    if (!next || !here) return false
    var fresh = document.importNode(next, true)
    here.replaceWith(fresh)
    if (doc.title) document.title = doc.title
    if (isPush) history.pushState({ requestForm: true }, '', url)
    runScripts(fresh)
    var heading = fresh.querySelector('[data-step-heading]')
    var alert = fresh.querySelector('[role="alert"]')
    var target = alert || heading || fresh
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
    target.focus()
    // Emptied first so the same step announced twice (an error) is said again.
    live.textContent = ''
    setTimeout(function () {
      live.textContent = heading ? heading.textContent : document.title
    }, 100)
    return true
  }

  /** Fetches url, swaps the region from the answer; calls fallback when that cannot be done. */
  var load = function (url, init, isPush, fallback) {
    isBusy = true
    var here = region()
    if (here) here.setAttribute('aria-busy', 'true')
    var done = function () {
      isBusy = false
      var now = region()
      if (now) now.removeAttribute('aria-busy')
    }
    fetch(url, init)
      .then(function (response) {
        var type = response.headers.get('content-type') || ''
        if (!response.ok || type.indexOf('text/html') !== 0) throw new Error('not this page')
        if (init.method === 'POST' && !response.redirected) throw new Error('no redirect')
        var target = new URL(response.url)
        // Another page (the request's follow-up page once sent): an ordinary visit.
        if (target.origin !== location.origin || target.pathname !== path)
          return location.assign(response.url)
        return response.text().then(function (html) {
          if (!swap(html, response.url, isPush)) location.assign(response.url)
        })
      })
      .then(done, function () {
        done()
        fallback()
      })
  }

  /** The browser's own submission, with the button that was pressed (form.submit() leaves it out). */
  var submitNatively = function (form, submitter, data) {
    if (submitter && submitter.name) {
      var fields =
        submitter.type === 'image'
          ? [
              [submitter.name + '.x', data.get(submitter.name + '.x') || '0'],
              [submitter.name + '.y', data.get(submitter.name + '.y') || '0'],
            ]
          : [[submitter.name, submitter.value]]
      fields.forEach(function (field) {
        var input = document.createElement('input')
        input.type = 'hidden'
        input.name = field[0]
        input.value = field[1]
        form.appendChild(input)
      })
    }
    HTMLFormElement.prototype.submit.call(form)
  }

  document.addEventListener('submit', function (event) {
    var form = event.target
    var here = region()
    if (event.defaultPrevented || !here || !here.contains(form)) return
    event.preventDefault()
    if (isBusy) return
    var submitter = event.submitter || null
    var data
    try {
      data = submitter ? new FormData(form, submitter) : new FormData(form)
    } catch (e) {
      data = new FormData(form)
      if (submitter && submitter.name) data.append(submitter.name, submitter.value)
    }
    var action =
      submitter && submitter.hasAttribute('formaction') ? submitter.formAction : form.action
    var method = (
      (submitter && submitter.getAttribute('formmethod')) ||
      form.getAttribute('method') ||
      'get'
    ).toUpperCase()
    var buttons = form.querySelectorAll('button, input[type="submit"], input[type="image"]')
    buttons.forEach(function (b) {
      b.disabled = true
      b.setAttribute('data-sending', '')
    })
    var fallback = function () {
      buttons.forEach(function (b) {
        b.disabled = false
        b.removeAttribute('data-sending')
      })
      if (method === 'GET')
        location.assign(action.split('?')[0] + '?' + new URLSearchParams(data).toString())
      else submitNatively(form, submitter, data)
    }
    if (method === 'GET') {
      load(
        action.split('?')[0] + '?' + new URLSearchParams(data).toString(),
        { method: 'GET', credentials: 'same-origin' },
        true,
        fallback,
      )
    } else {
      // Same encoding as the browser's: multipart for the photos, url-encoded for the steps.
      var body = form.enctype === 'multipart/form-data' ? data : new URLSearchParams(data)
      load(action, { method: 'POST', body: body, credentials: 'same-origin' }, true, fallback)
    }
  })

  // Links to another step of the form (the review's "Modifier"): same page, swapped.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href]')
    var here = region()
    if (
      !link ||
      !here ||
      !here.contains(link) ||
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      link.target
    )
      return
    var url = new URL(link.href)
    if (url.origin !== location.origin || url.pathname !== path || isBusy) return
    event.preventDefault()
    load(url.href, { method: 'GET', credentials: 'same-origin' }, true, function () {
      location.assign(url.href)
    })
  })

  window.addEventListener('popstate', function (event) {
    if (!event.state || !event.state.requestForm || location.pathname !== path) return
    load(location.href, { method: 'GET', credentials: 'same-origin' }, false, function () {
      location.reload()
    })
  })

  // Back from the follow-up page (bfcache): the buttons disabled while sending work again.
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) return
    document.querySelectorAll('[data-sending]').forEach(function (b) {
      b.disabled = false
      b.removeAttribute('data-sending')
    })
  })
})()
