-- Power Platform connector language server for every apiProperties.json (Neovim 0.7 or later, built-in LSP client).
-- Put it in your init.lua, or save it and `luafile` it; `pp-connector-language-server` must be on your PATH.
local client_id
vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, {
  pattern = '*apiProperties.json',
  callback = function(args)
    if not (client_id and vim.lsp.get_client_by_id(client_id)) then
      client_id = vim.lsp.start_client({
        name = 'pp-connector',
        cmd = { 'pp-connector-language-server', '--stdio' },
        root_dir = vim.fn.getcwd(),
      })
    end
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})
