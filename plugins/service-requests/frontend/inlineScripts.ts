/**
 * The form's two inline scripts, apart from its page (which imports CSS) so that the app's
 * Content-Security-Policy can allow them by their hash, computed from these very strings. A new
 * inline script on a public page must be added to `inlineScripts`, or the browser refuses it.
 */

/**
 * With JavaScript the map may shrink to a narrow screen: the script scales the click back to the
 * map's own pixels and posts them as the image button would. A keyboard "click" (detail 0) is left
 * to the browser, which sends 0,0: the server then points to the address search.
 */
export const mapScript = `(function(){var i=document.querySelector('.request-map-image');if(!i||!i.form)return;var f=i.form,w=Number(i.getAttribute('width'));i.parentNode.classList.add('is-scalable');i.addEventListener('click',function(e){if(e.detail===0)return;var r=i.getBoundingClientRect(),k=w/r.width;e.preventDefault();[['carte.x',e.clientX-r.left],['carte.y',e.clientY-r.top]].forEach(function(p){var h=document.createElement('input');h.type='hidden';h.name=p[0];h.value=String(Math.max(0,Math.round(p[1]*k)));f.appendChild(h)});f.requestSubmit?f.requestSubmit():f.submit()})})()`

/** "Utiliser ma position": shown only when the browser can give a position; the server checks it is in the city. */
export const geolocationScript = `(function(){var f=document.getElementById('ma-position');if(!f||!('geolocation' in navigator))return;f.hidden=false;var s=document.getElementById('ma-position-etat');f.addEventListener('submit',function(e){if(f.elements.lat.value)return;e.preventDefault();s.textContent=f.getAttribute('data-wait');navigator.geolocation.getCurrentPosition(function(p){f.elements.lat.value=p.coords.latitude.toFixed(6);f.elements.lng.value=p.coords.longitude.toFixed(6);f.requestSubmit?f.requestSubmit():f.submit()},function(){s.textContent=f.getAttribute('data-fail')},{enableHighAccuracy:true,timeout:15000,maximumAge:60000})})})()`

/** Every inline script the plugin's public pages render. */
export const inlineScripts = [mapScript, geolocationScript] as const
