// The daily register (attendance/register.html): fast keyboard entry. Letters are made capitals (the
// national codes are), a complete code moves on to the next box, and one button marks every empty
// box present. Without JavaScript the register is a plain form that works the same.
const form = document.querySelector('[data-module="rejoin-register"]');
if (form) {
  const boxes = Array.from(form.querySelectorAll('.rejoin-register__mark'));
  // Codes that a second character may still follow: C (C1, C2), J (J1), Y (Y1 to Y7).
  const prefixes = new Set(['C', 'J', 'Y']);
  boxes.forEach((box, i) => {
    box.addEventListener('input', () => {
      const value = box.value.toUpperCase();
      if (value !== box.value) {
        box.value = value;
      }
      if (value.length === 2 || (value.length === 1 && !prefixes.has(value))) {
        const next = boxes[i + 1];
        if (next) {
          next.focus();
          next.select();
        }
      }
    });
  });
  const allPresent = form.querySelector('[data-register-all-present]');
  allPresent.hidden = false;
  allPresent.addEventListener('click', () => {
    boxes.filter((box) => box.value.trim() === '')
      .forEach((box) => { box.value = box.dataset.session === 'AM' ? '/' : '\\'; });
  });
}
