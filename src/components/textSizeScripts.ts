/**
 * The text-size control's two inline scripts, apart from its component so that the security
 * headers (src/server/securityHeaders.ts) can allow them by their hash from the very strings the
 * pages render.
 */
export const textSizeStorageKey = 'taille-texte'
export const textSizeControlId = 'taille-texte'

/**
 * Wires the buttons: about 500 bytes run once, no framework. The group stays hidden until this runs:
 * without JavaScript the browser's own zoom does the job, and a button that does nothing would
 * only confuse.
 */
export const textSizeControlScript = `(function(){var g=document.getElementById('${textSizeControlId}');if(!g)return;var d=document.documentElement,b=g.querySelectorAll('button');function set(s){if(s==='normal')delete d.dataset.textSize;else d.dataset.textSize=s;for(var i=0;i<b.length;i++)b[i].setAttribute('aria-pressed',String(b[i].getAttribute('data-size')===s))}var s=null;try{s=localStorage.getItem('${textSizeStorageKey}')}catch(e){}set(s==='large'||s==='xlarge'?s:'normal');for(var i=0;i<b.length;i++)b[i].addEventListener('click',function(){var v=this.getAttribute('data-size');set(v);try{localStorage.setItem('${textSizeStorageKey}',v)}catch(e){}});g.hidden=false})()`

/** Applies the stored size before the first paint, so the page does not jump. */
export const textSizeScript = `try{var s=localStorage.getItem('${textSizeStorageKey}');if(s==='large'||s==='xlarge')document.documentElement.dataset.textSize=s}catch(e){}`

export const textSizeInlineScripts = [textSizeScript, textSizeControlScript] as const
