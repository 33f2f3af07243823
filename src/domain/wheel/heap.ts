/** A binary min-heap: O(log n) push and pop, O(1) peek. Used by the lane stacker. */
export class MinHeap<T> {
  private readonly _items: T[] = [];

  public constructor(private readonly _compare: (a: T, b: T) => number) {}

  /** The number of items held. */
  public get size(): number {
    return this._items.length;
  }

  /** The smallest item, without removing it; `undefined` when empty. */
  public peek(): T | undefined {
    return this._items[0];
  }

  /** Adds an item. */
  public push(item: T): void {
    const items = this._items;
    items.push(item);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this._compare(items[index], items[parent]) >= 0) {
        break;
      }
      this._swap(index, parent);
      index = parent;
    }
  }

  /** Removes and returns the smallest item; `undefined` when empty. */
  public pop(): T | undefined {
    const items = this._items;
    if (items.length === 0) {
      return undefined;
    }
    const top = items[0];
    const last = items.pop() as T;
    if (items.length > 0) {
      items[0] = last;
      this._siftDown(0);
    }
    return top;
  }

  private _siftDown(start: number): void {
    const items = this._items;
    let index = start;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let smallest = index;
      if (left < items.length && this._compare(items[left], items[smallest]) < 0) {
        smallest = left;
      }
      if (right < items.length && this._compare(items[right], items[smallest]) < 0) {
        smallest = right;
      }
      if (smallest === index) {
        return;
      }
      this._swap(index, smallest);
      index = smallest;
    }
  }

  private _swap(a: number, b: number): void {
    const items = this._items;
    const held = items[a];
    items[a] = items[b];
    items[b] = held;
  }
}
