// Widths count code points; literal text passes through unchanged.
{
  pad_unicode: '[%5s|%-5s]' % ['é', '☃x'],
  astral: '[%4s]' % '𝄞',
  literal: 'über %s ☃ %d 日本' % ['x', 1],
  key: '%(ключ)s' % { 'ключ': 'значение' },
  wide: '[%-8s]' % '日本語',
}
