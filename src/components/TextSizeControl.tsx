const sizes = ['normal', 'large', 'xlarge'] as const
type Size = (typeof sizes)[number]
const storageKey = 'taille-texte'
const controlId = 'taille-texte'

type Props = { labels: { group: string } & Record<Size, string> }

/**
 * Wires the buttons: about 500 bytes run once, no framework. The group stays hidden until this runs:
 * without JavaScript the browser's own zoom does the job, and a button that does nothing would
 * only confuse.
 */
const controlScript = `(function(){var g=document.getElementById('${controlId}');if(!g)return;var d=document.documentElement,b=g.querySelectorAll('button');function set(s){if(s==='normal')delete d.dataset.textSize;else d.dataset.textSize=s;for(var i=0;i<b.length;i++)b[i].setAttribute('aria-pressed',String(b[i].getAttribute('data-size')===s))}var s=null;try{s=localStorage.getItem('${storageKey}')}catch(e){}set(s==='large'||s==='xlarge'?s:'normal');for(var i=0;i<b.length;i++)b[i].addEventListener('click',function(){var v=this.getAttribute('data-size');set(v);try{localStorage.setItem('${storageKey}',v)}catch(e){}});g.hidden=false})()`

/** Text-size buttons residents asked for; the choice persists on this device. */
export const TextSizeControl = ({ labels }: Props) => (
  <>
    <div id={controlId} className="text-size" role="group" aria-label={labels.group} hidden>
      {sizes.map((option) => (
        <button key={option} type="button" data-size={option} aria-pressed={option === 'normal'} className={`text-size-${option}`}>
          {labels[option]}
        </button>
      ))}
    </div>
    <script dangerouslySetInnerHTML={{ __html: controlScript }} />
  </>
)

/** Applies the stored size before the first paint, so the page does not jump. */
export const textSizeScript = `try{var s=localStorage.getItem('${storageKey}');if(s==='large'||s==='xlarge')document.documentElement.dataset.textSize=s}catch(e){}`
