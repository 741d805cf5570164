/** Sets an attribute, or removes it when the value is undefined (what a framework does for `attr={undefined}`). */
export function toggle(el: Element, name: string, value: string | undefined): void {
  if (value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, value);
}
