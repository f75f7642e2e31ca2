-- Drives a headless Neovim through the scenarios of neovim.test.ts with its built-in LSP client, configured by
-- pp-connector.lua exactly as the README shows. Reads the scenarios from $PP_NVIM_SCENARIOS (JSON), writes what
-- Neovim saw to $PP_NVIM_OUT (JSON) and quits. Every wait is bounded; a failure is recorded, never a hang.
local out_path = assert(os.getenv('PP_NVIM_OUT'))
local scenarios = vim.json.decode(table.concat(vim.fn.readfile(assert(os.getenv('PP_NVIM_SCENARIOS'))), '\n'))
local WAIT_MS = tonumber(os.getenv('PP_NVIM_WAIT_MS') or '15000')
local result = { version = vim.version(), capabilities = vim.lsp.protocol.make_client_capabilities(), scenarios = {} }

local function buffer_text(buf)
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n') .. '\n'
end

local function diagnostics(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(list, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity, code = d.code, source = d.source, message = d.message })
  end
  return list
end

local function client_of(buf)
  local client
  vim.wait(WAIT_MS, function()
    for _, c in pairs(vim.lsp.buf_get_clients(buf)) do
      if c.initialized then client = c end
    end
    return client ~= nil
  end, 20)
  return assert(client, 'no initialized LSP client attached to ' .. vim.api.nvim_buf_get_name(buf))
end

-- Waits for the diagnostics of the buffer's current version (the server publishes the version it analysed).
local function wait_diagnostics(buf)
  local ok = vim.wait(WAIT_MS, function() return vim.b[buf].pp_version == vim.lsp.util.buf_versions[buf] end, 20)
  assert(ok, 'no diagnostics published for version ' .. tostring(vim.lsp.util.buf_versions[buf]))
  return diagnostics(buf)
end

local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
  default_publish(err, res, ctx, config)
  if res and res.version then vim.b[vim.uri_to_bufnr(res.uri)].pp_version = res.version end
end

-- The code-action menu, answered as a user would: pick the entry with the scenario's title.
local menu = {}
vim.ui.select = function(items, opts, on_choice)
  menu.titles = {}
  local chosen
  for _, item in ipairs(items) do
    local title = opts.format_item and opts.format_item(item) or tostring(item)
    table.insert(menu.titles, title)
    if title == menu.pick then chosen = item end
  end
  on_choice(chosen)
end

local function position_params(buf, pos)
  return { textDocument = vim.lsp.util.make_text_document_params(buf), position = pos }
end

local steps = {}

function steps.diagnostics(s, buf)
  s.diagnostics = wait_diagnostics(buf)
end

function steps.completion(s, buf, client)
  wait_diagnostics(buf)
  local response = client.request_sync('textDocument/completion', position_params(buf, s.position), WAIT_MS, buf)
  assert(response and not response.err, 'completion failed: ' .. vim.inspect(response))
  local items = vim.lsp.util.extract_completion_items(response.result)
  s.labels = {}
  local item
  for _, it in ipairs(items) do
    table.insert(s.labels, it.label)
    if it.label == s.pick then item = it end
  end
  assert(item, 'no completion item ' .. s.pick)
  s.item = item
  -- What the built-in omnifunc (<C-x><C-o>) would insert for it.
  for _, c in ipairs(vim.lsp.util.text_document_completion_list_to_complete_items(response.result, '')) do
    if c.abbr == s.pick then s.omnifunc_word = c.word end
  end
  -- Accepting the item: its text edit (or insert text at the cursor), then its additional edits.
  local edit = item.textEdit
  if edit and edit.insert then edit = { range = edit.insert, newText = edit.newText } end
  if not edit then edit = { range = { start = s.position, ['end'] = s.position }, newText = item.insertText or item.label } end
  vim.lsp.util.apply_text_edits({ edit }, buf, client.offset_encoding)
  if item.additionalTextEdits then vim.lsp.util.apply_text_edits(item.additionalTextEdits, buf, client.offset_encoding) end
  s.text = buffer_text(buf)
end

function steps.hover(s, buf, client)
  wait_diagnostics(buf)
  local response = client.request_sync('textDocument/hover', position_params(buf, s.position), WAIT_MS, buf)
  assert(response and not response.err and response.result, 'no hover: ' .. vim.inspect(response))
  s.contents = response.result.contents
  -- What Neovim's hover window shows (before highlighting).
  s.lines = vim.lsp.util.trim_empty_lines(vim.lsp.util.convert_input_to_markdown_lines(response.result.contents))
end

function steps.code_action(s, buf)
  s.before = wait_diagnostics(buf)
  vim.api.nvim_win_set_cursor(0, { s.position.line + 1, s.position.character })
  local tick = vim.api.nvim_buf_get_changedtick(buf)
  menu.pick, menu.titles = s.pick, nil
  vim.lsp.buf.code_action(s.only and { only = { s.only } } or nil)
  local applied = vim.wait(WAIT_MS, function() return vim.api.nvim_buf_get_changedtick(buf) ~= tick end, 20)
  s.titles = menu.titles
  assert(applied, 'the code action changed nothing; offered: ' .. vim.inspect(menu.titles))
  vim.wait(200) -- let a multi-step edit finish
  s.text = buffer_text(buf)
  s.after = wait_diagnostics(buf)
end

vim.cmd('luafile ' .. vim.fn.fnameescape(assert(os.getenv('PP_NVIM_CONFIG'))))
for _, s in ipairs(scenarios) do
  local started = vim.loop.hrtime()
  local ok, err = pcall(function()
    vim.cmd('edit ' .. vim.fn.fnameescape(s.file))
    local buf = vim.api.nvim_get_current_buf()
    steps[s.step](s, buf, client_of(buf))
  end)
  if not ok then s.error = tostring(err) end
  s.ms = math.floor((vim.loop.hrtime() - started) / 1e6)
  table.insert(result.scenarios, s)
end
vim.fn.writefile({ vim.json.encode(result) }, out_path)
for _, c in pairs(vim.lsp.get_active_clients()) do c.stop() end
vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 20)
vim.cmd('qa!')
